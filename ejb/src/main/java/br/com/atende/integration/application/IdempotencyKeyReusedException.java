package br.com.atende.integration.application;

import br.com.atende.shared.BusinessException;

/** An Idempotency-Key already used for a request with another body (answered 422). */
public class IdempotencyKeyReusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException() {
    super("error.api.idempotencyKeyReused", "Idempotency-Key");
  }
}
