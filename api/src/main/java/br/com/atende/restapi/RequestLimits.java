package br.com.atende.restapi;

import br.com.atende.integration.application.ApiCaller;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Before any resource: a body larger than {@link #MAX_BODY} is refused (413) before it is read, and
 * a client past its rate is refused (429, with Retry-After).
 */
@Provider
public class RequestLimits implements ContainerRequestFilter {

  /** 2 MB: a long chat transcript fits many times over; attachments do not go through the API. */
  static final long MAX_BODY = 2L * 1024 * 1024;

  @Inject private RateLimits rates;

  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && !length.isBlank() && Long.parseLong(length.strip()) > MAX_BODY) {
      request.abortWith(Problem.of(413, "error.api.tooLarge", "body", MAX_BODY).response());
      return;
    }
    Object caller = servletRequest.getAttribute(BearerTokenModule.CALLER);
    if (caller instanceof ApiCaller client) {
      long wait = rates.secondsToWait(client.clientId(), client.requestsPerMinute());
      if (wait > 0) {
        request.abortWith(
            jakarta.ws.rs.core.Response.fromResponse(
                    Problem.of(429, "error.api.rate", null, wait).response())
                .header("Retry-After", wait)
                .build());
      }
    }
  }
}
