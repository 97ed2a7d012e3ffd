package br.com.atende.cases.trash;

import br.com.atende.cases.model.Trash;
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
 * Reads the ids of the cases in the trash for longer than {@link Trash#RETENTION} at the job's
 * {@code asOf} time, in id order and a page at a time. The checkpoint is the last id read, so a
 * restarted job carries on after the last chunk it committed; a case it reads again (read but not
 * committed when the job stopped) is purged once, since the writer reads it again first.
 */
@Named
@Dependent
public class PurgeCaseReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "asOf")
  private String asOfParameter;

  private LocalDateTime deletedBefore;
  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    deletedBefore = Trash.purgeableBefore(asOf(asOfParameter));
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
  }

  /** The job's {@code asOf} parameter: an ISO date-time, or now. */
  static LocalDateTime asOf(String parameter) {
    return parameter == null || parameter.isBlank()
        ? LocalDateTime.now()
        : LocalDateTime.parse(parameter);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(
          em.createQuery(
                  "SELECT c.id FROM Case c WHERE c.id > :lastId AND c.deletedAt < :before"
                      + " ORDER BY c.id",
                  Long.class)
              .setParameter("lastId", lastId)
              .setParameter("before", deletedBefore)
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
