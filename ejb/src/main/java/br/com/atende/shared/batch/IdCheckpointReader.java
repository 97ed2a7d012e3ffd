package br.com.atende.shared.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the ids a job works on in id order, a page at a time. The checkpoint is the last id read,
 * so a restarted job carries on after the last chunk it committed; an id read but not committed
 * when the job stopped is read again, and the writer must find it still to be worked on (each
 * writer loads its item again before changing it).
 */
public abstract class IdCheckpointReader extends AbstractItemReader {

  private static final int PAGE = 500;

  private long lastId;

  private final Deque<Long> page = new ArrayDeque<>();

  @Override
  public final void open(Serializable checkpoint) {
    readParameters();
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
  }

  /** Reads the job's parameters, before the first page. */
  protected abstract void readParameters();

  /** At most {@code limit} of the ids to work on greater than {@code lastId}, in id order. */
  protected abstract List<Long> idsAfter(long lastId, int limit);

  @Override
  public final Object readItem() {
    if (page.isEmpty()) {
      page.addAll(idsAfter(lastId, PAGE));
    }
    Long next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public final Serializable checkpointInfo() {
    return lastId;
  }

  /** A job's date-time parameter: an ISO date-time, or now when it is not given. */
  public static LocalDateTime dateTimeOrNow(String parameter) {
    return parameter == null || parameter.isBlank()
        ? LocalDateTime.now()
        : LocalDateTime.parse(parameter);
  }
}
