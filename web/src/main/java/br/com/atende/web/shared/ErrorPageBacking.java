package br.com.atende.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The unexpected-error page: logs the exception under a short correlation id and shows only that
 * id, so support can find the stack trace in the log while the viewer never sees it.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

  private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());

  private String correlationId;

  @PostConstruct
  void logError() {
    correlationId = UUID.randomUUID().toString().substring(0, 8);
    Object error =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(RequestDispatcher.ERROR_EXCEPTION);
    LOG.log(Level.SEVERE, "Unexpected error " + correlationId, (Throwable) error);
  }

  public String getCorrelationId() {
    return correlationId;
  }
}
