package br.com.atende.cases.overdue;

import br.com.atende.cases.model.CaseStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of open, not yet flagged cases due before the sweep's cut-off, in id order and a
 * page at a time. The checkpoint is the last id read, so a restarted job carries on where it
 * stopped.
 */
@Named
@Dependent
public class OverdueCaseReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "cutOff")
  private String cutOffParameter;

  private LocalDateTime cutOff;
  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    cutOff = cutOff(cutOffParameter);
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
  }

  /** The job's cut-off parameter: an ISO date-time, or now. */
  static LocalDateTime cutOff(String parameter) {
    return parameter == null || parameter.isBlank()
        ? LocalDateTime.now()
        : LocalDateTime.parse(parameter);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(
          em.createQuery(
                  "SELECT c.id FROM Case c WHERE c.id > :lastId AND c.schedule.overdue = FALSE"
                      + " AND c.schedule.dueDate < :cutOff AND c.status IN :open"
                      + " AND c.deletedAt IS NULL ORDER BY c.id",
                  Long.class)
              .setParameter("lastId", lastId)
              .setParameter("cutOff", cutOff)
              .setParameter("open", CaseStatus.openStates())
              .setMaxResults(PAGE)
              .getResultList());
    }
    Long next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
