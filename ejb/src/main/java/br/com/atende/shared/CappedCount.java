package br.com.atende.shared;

import jakarta.persistence.TypedQuery;

/**
 * A count that stops at {@link #CAP}: a page says "1000+" rather than have the database walk a
 * client's or a department's whole history to print an exact figure nobody reads. Counting is done
 * by reading at most {@code CAP + 1} ids through an index, never by an unbounded {@code COUNT}.
 */
public record CappedCount(long value, boolean capped) implements java.io.Serializable {

  /** Counts stop here. */
  public static final int CAP = 1000;

  public static final CappedCount NONE = new CappedCount(0, false);

  /** The count of {@code found} rows, {@code found} having been read with a limit of CAP + 1. */
  public static CappedCount of(long found) {
    return of(found, CAP);
  }

  /** The count of {@code found} rows read with a limit of {@code cap} + 1. */
  public static CappedCount of(long found, int cap) {
    return found > cap ? new CappedCount(cap, true) : new CappedCount(found, false);
  }

  /**
   * Runs a query selecting one id per counted row with a limit of CAP + 1 and counts what came
   * back.
   */
  public static CappedCount count(TypedQuery<?> ids) {
    return count(ids, CAP);
  }

  /**
   * The same with a lower cap, for a count shown in passing (a card's "99+") where reading a
   * thousand ids on every page view would cost more than the figure is worth.
   */
  public static CappedCount count(TypedQuery<?> ids, int cap) {
    return of(ids.setFirstResult(0).setMaxResults(cap + 1).getResultList().size(), cap);
  }

  /** "12", or "1000+" past the cap. */
  public String label() {
    return capped ? value + "+" : String.valueOf(value);
  }

  @Override
  public String toString() {
    return label();
  }
}
