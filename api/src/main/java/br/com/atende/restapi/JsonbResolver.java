package br.com.atende.restapi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one {@link Jsonb}, for the bodies it reads ({@link Requests}) and those RESTEasy
 * writes. Without a resolver RESTEasy's JSON-B provider builds a new Jsonb for every response (a
 * ServiceLoader lookup and Yasson's set-up each time: 5 % of a case opening's CPU in a profile,
 * 2026-12-03); a Jsonb is thread-safe and made once.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSON;
  }
}
