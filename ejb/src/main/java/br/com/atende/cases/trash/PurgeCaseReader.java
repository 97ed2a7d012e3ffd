package br.com.atende.cases.trash;

import br.com.atende.cases.model.Trash;
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
 * Reads the ids of the cases in the trash for longer than {@link Trash#RETENTION} at the job's
 * {@code asOf} time (an ISO date-time, or now). A case read again after a restart is purged once,
 * since the writer reads it again first.
 */
@Named
@Dependent
public class PurgeCaseReader extends IdCheckpointReader {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "asOf")
  private String asOfParameter;

  private LocalDateTime deletedBefore;

  @Override
  protected void readParameters() {
    deletedBefore = Trash.purgeableBefore(dateTimeOrNow(asOfParameter));
  }

  @Override
  protected List<Long> idsAfter(long lastId, int limit) {
    return em.createQuery(
            "SELECT c.id FROM Case c WHERE c.id > :lastId AND c.deletedAt < :before ORDER BY c.id",
            Long.class)
        .setParameter("lastId", lastId)
        .setParameter("before", deletedBefore)
        .setMaxResults(limit)
        .getResultList();
  }
}
