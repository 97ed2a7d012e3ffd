package br.com.atende.shared.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the SQL statements one thread issues between {@link #onThisThread()} and {@link
 * Recording#close()}, as EclipseLink hands them to JDBC (with {@code ?} for parameters).
 *
 * <p>Bound to a thread because a server runs other work at the same time (the outbox and overdue
 * timers, other requests): a page is rendered on the request's thread, and the EJBs it calls run on
 * that same thread, so what this thread issues is exactly what the page costs. When no recording
 * runs anywhere, {@link #isRecording()} is a single volatile read, so the listener costs production
 * nothing worth measuring.
 */
public final class StatementRecorder {

  private static final AtomicInteger RUNNING = new AtomicInteger();

  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

  private StatementRecorder() {}

  /**
   * Starts recording what the calling thread issues; close the recording (try-with-resources) on
   * the same thread. A thread records into one recording at a time.
   *
   * @throws IllegalStateException when this thread is already recording
   */
  public static Recording onThisThread() {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("this thread is already recording its statements");
    }
    Recording recording = new Recording(Thread.currentThread());
    CURRENT.set(recording);
    RUNNING.incrementAndGet();
    return recording;
  }

  /** Whether any thread records: the listener's cheap check before it looks any further. */
  static boolean isRecording() {
    return RUNNING.get() > 0;
  }

  /** Keeps the statement when the calling thread records, else does nothing. */
  static void record(String sql) {
    Recording recording = CURRENT.get();
    if (recording != null) {
      recording.add(sql);
    }
  }

  /** The statements of one thread, in the order they were issued. */
  public static final class Recording implements AutoCloseable {

    private final Thread thread;

    private final List<String> statements = new ArrayList<>();

    private boolean closed;

    private Recording(Thread thread) {
      this.thread = thread;
    }

    private synchronized void add(String sql) {
      statements.add(sql);
    }

    /** A copy of what was recorded so far; may be read from any thread. */
    public synchronized List<String> statements() {
      return List.copyOf(statements);
    }

    /** Stops recording; closing twice does nothing. */
    @Override
    public void close() {
      if (Thread.currentThread() != thread) {
        throw new IllegalStateException("a recording is closed on the thread that started it");
      }
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      CURRENT.remove();
      RUNNING.decrementAndGet();
    }
  }
}
