package br.com.atende.cases.model;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a deleted case stays in the trash (seed 004 §4.2): restorable for 7 days, then the purge
 * job may remove it for good.
 */
public final class Trash {

  public static final Duration RETENTION = Duration.ofDays(7);

  private Trash() {}

  /** Whether a case deleted at {@code deletedAt} may still be restored at {@code now}. */
  public static boolean mayRestore(LocalDateTime deletedAt, LocalDateTime now) {
    return !deletedAt.plus(RETENTION).isBefore(now);
  }

  /**
   * The cases deleted before this moment are the ones the purge removes when it runs at {@code
   * now}.
   */
  public static LocalDateTime purgeableBefore(LocalDateTime now) {
    return now.minus(RETENTION);
  }
}
