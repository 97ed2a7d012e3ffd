package br.com.atende.integration.application;

import java.io.Serializable;

/**
 * A client just created, with its token: the only time the token exists outside the caller's hands,
 * since only its hash is kept.
 */
public record CreatedApiClient(long id, String name, String token) implements Serializable {}
