package br.com.atende.it.support;

import br.com.atende.cases.bell.Notification;
import br.com.atende.cases.bell.NotificationKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Many notifications for one agent at once, for the cap of the header's count: a hundred events
 * through the services would cost the suite seconds to prove one "99+".
 */
@Stateless
@PermitAll
public class BellRows {

  @PersistenceContext private EntityManager em;

  public void mentions(long agentId, long caseId, int howMany) {
    LocalDateTime now = LocalDateTime.now();
    for (int i = 0; i < howMany; i++) {
      em.persist(new Notification(agentId, caseId, NotificationKind.MENTION, "Teste", now));
    }
  }
}
