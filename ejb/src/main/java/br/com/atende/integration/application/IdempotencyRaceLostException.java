package br.com.atende.integration.application;

import br.com.atende.shared.BusinessException;

/**
 * Another request with the same Idempotency-Key was stored first: the database refused this one's
 * record, so everything it did rolls back, and the caller answers with the first one's result.
 */
public class IdempotencyRaceLostException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public IdempotencyRaceLostException() {
    super("error.api.idempotencyRace", "Idempotency-Key");
  }
}
