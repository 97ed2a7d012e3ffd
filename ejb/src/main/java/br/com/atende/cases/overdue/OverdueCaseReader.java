package br.com.atende.cases.overdue;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.shared.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reads the ids of open, not yet flagged cases due before the sweep's cut-off (an ISO date-time, or
 * now).
 */
@Named
@Dependent
public class OverdueCaseReader extends IdCheckpointReader {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "cutOff")
  private String cutOffParameter;

  private LocalDateTime cutOff;

  @Override
  protected void readParameters() {
    cutOff = dateTimeOrNow(cutOffParameter);
  }

  @Override
  protected List<Long> idsAfter(long lastId, int limit) {
    return em.createQuery(
            "SELECT c.id FROM Case c WHERE c.id > :lastId AND c.schedule.overdue = FALSE"
                + " AND c.schedule.dueDate < :cutOff AND c.status IN :open"
                + " AND c.deletedAt IS NULL ORDER BY c.id",
            Long.class)
        .setParameter("lastId", lastId)
        .setParameter("cutOff", cutOff)
        .setParameter("open", CaseStatus.openStates())
        .setMaxResults(limit)
        .getResultList();
  }
}
