package br.com.atende.restapi;

import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.integration.application.IdempotencyRaceLostException;
import br.com.atende.integration.application.ScopeRefusedException;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error as a problem detail: the services' business exceptions by what they mean (a case out
 * of reach is 404, exactly as one that does not exist; a missing scope 403; a concurrent change
 * 409; bad input 422 naming the field), and anything unexpected as 500 with a correlation id in the
 * log and no stack trace in the answer.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Override
  public Response toResponse(Exception thrown) {
    return problemOf(thrown).response();
  }

  static Problem problemOf(Throwable thrown) {
    Throwable cause = thrown;
    while (cause instanceof EJBException
        && !(cause instanceof EJBAccessException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof NotFoundException e) {
      return Problem.of(404, e.messageKey(), null);
    }
    if (cause instanceof ScopeRefusedException e) {
      return Problem.of(403, e.messageKey(), e.field(), e.arguments());
    }
    if (cause instanceof EJBAccessException) {
      return Problem.of(403, "error.api.forbidden", null);
    }
    if (cause instanceof ConcurrentChangeException e) {
      return Problem.of(409, "error.concurrentChange", e.field());
    }
    if (cause instanceof IdempotencyRaceLostException e) {
      return Problem.of(409, e.messageKey(), e.field());
    }
    if (cause instanceof BusinessException e) {
      return Problem.of(422, e.messageKey(), e.field(), e.arguments());
    }
    if (cause instanceof JsonbException) {
      return Problem.of(400, "error.api.json", "body");
    }
    if (cause instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      int status = e.getResponse().getStatus();
      return new Problem("about:blank", Problem.title(status), status, e.getMessage(), null, null);
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API error " + id, thrown);
    return Problem.of(500, "error.api.unexpected", null, id);
  }
}
