package br.com.atende.timekeeping.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums a chunk of entries per client and charge, in memory (a chunk is a few hundred entries, never
 * the month), remembering the position of the last entry so that the sums and the position are
 * written together.
 */
public final class ConsumptionTally {

  private final Map<String, LineSums> lines = new LinkedHashMap<>();
  private EntryPosition last;
  private int entries;

  public ConsumptionTally add(ConsumptionItem item) {
    lines.merge(item.partyId() + "/" + item.chargeKey(), LineSums.of(item), LineSums::plus);
    if (last == null
        || item.startAt().isAfter(last.startAt())
        || (item.startAt().isEqual(last.startAt()) && item.entryId() > last.entryId())) {
      last = item.position();
    }
    entries++;
    return this;
  }

  public static ConsumptionTally of(List<?> items) {
    ConsumptionTally tally = new ConsumptionTally();
    items.forEach(item -> tally.add((ConsumptionItem) item));
    return tally;
  }

  public List<LineSums> lines() {
    return new ArrayList<>(lines.values());
  }

  /** The position of the last entry counted; null when none was. */
  public EntryPosition last() {
    return last;
  }

  public int entries() {
    return entries;
  }
}
