package br.com.atende.cases.application;

import br.com.atende.shared.BusinessException;

/**
 * Somebody saved the case after the viewer loaded it (optimistic locking): nothing of the viewer's
 * change is kept, and the message names who changed it so the two can talk.
 */
public class ConcurrentChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String changedBy) {
    super(
        changedBy == null ? "error.concurrentChange.unknown" : "error.concurrentChange",
        null,
        changedBy == null ? new Object[0] : new Object[] {changedBy});
  }
}
