package br.com.atende.queue.bulk;

import br.com.atende.shared.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads the ids of a bulk action's cases still to do, in id order, a page at a time. It records the
 * execution it runs in on the action, so that a restart from the jobs page keeps the queue's
 * progress panel in step.
 */
@Named
@Dependent
public class BulkCaseReader extends IdCheckpointReader {

  @PersistenceContext private EntityManager em;

  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "bulkActionId")
  private String bulkActionId;

  private long actionId;

  @Override
  protected void readParameters() {
    actionId = Long.parseLong(bulkActionId);
    em.createQuery("UPDATE BulkAction b SET b.jobExecutionId = :execution WHERE b.id = :id")
        .setParameter("execution", job.getExecutionId())
        .setParameter("id", actionId)
        .executeUpdate();
  }

  @Override
  protected List<Long> idsAfter(long lastId, int limit) {
    return em
        .createNativeQuery(
            "SELECT case_id FROM bulk_action_case WHERE bulk_action_id = ?1 AND case_id > ?2"
                + " AND outcome IS NULL ORDER BY case_id")
        .setParameter(1, actionId)
        .setParameter(2, lastId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }
}
