package br.com.atende.timekeeping.report;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A place in the month's entries read in (start, id) order: the reader's keyset and its checkpoint.
 * Entries after it have a later start, or the same start and a greater id.
 */
public record EntryPosition(LocalDateTime startAt, long entryId) implements Serializable {

  /** The position before every entry starting at or after {@code start}. */
  public static EntryPosition before(LocalDateTime start) {
    return new EntryPosition(start, -1L);
  }
}
