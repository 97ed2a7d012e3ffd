package br.com.atende.administration.application;

import br.com.atende.administration.model.AdminLogEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/** Writes the administrators' log inside the caller's transaction: no change without its line. */
@Dependent
public class AdminLog {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public void record(
      String adminLogin,
      AdminLogEntry.Kind kind,
      long recordId,
      AdminLogEntry.Action action,
      String detail) {
    em.persist(
        new AdminLogEntry(LocalDateTime.now(clock), adminLogin, kind, recordId, action, detail));
  }
}
