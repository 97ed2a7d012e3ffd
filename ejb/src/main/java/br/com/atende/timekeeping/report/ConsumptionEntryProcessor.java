package br.com.atende.timekeeping.report;

import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.timekeeping.model.ValuationKind;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * Turns an entry row as read into the item the report counts.
 *
 * <p>{@code failAfterItems} (a job parameter, empty in normal runs) makes this execution fail once
 * it has processed that many items: how the tests kill a report in the middle of a chunk and check
 * that its restart neither counts an entry twice nor misses one. A restart is a new execution,
 * which does not fail unless it is given the parameter again.
 */
@Named
@Dependent
public class ConsumptionEntryProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private int processed;

  @Override
  public Object processItem(Object item) {
    if (failAfterItems != null
        && !failAfterItems.isBlank()
        && processed >= Integer.parseInt(failAfterItems)) {
      throw new IllegalStateException("failing on purpose after " + processed + " items");
    }
    processed++;
    Object[] row = (Object[]) item;
    return ConsumptionItem.of(
        ((Number) row[0]).longValue(),
        ConsumptionEntryReader.timestamp(row[1]),
        ((Number) row[2]).longValue(),
        id(row[3]),
        id(row[4]),
        ((Number) row[5]).intValue(),
        row[6] == null ? null : ValuationKind.valueOf((String) row[6]),
        (BigDecimal) row[7],
        (BigDecimal) row[8],
        (BigDecimal) row[9],
        row[10] == null ? null : TravelBasis.valueOf((String) row[10]),
        (BigDecimal) row[11]);
  }

  private static Long id(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
