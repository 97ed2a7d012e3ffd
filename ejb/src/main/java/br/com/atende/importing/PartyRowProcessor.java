package br.com.atende.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks a row against the party area's rules ({@link CheckedRow}).
 *
 * <p>{@code failAfterItems} (a job parameter, empty in normal runs) makes this execution fail once
 * it has processed that many rows: how the tests stop an import in the middle and check that its
 * restart neither adds a row twice nor misses one.
 */
@Named
@Dependent
public class PartyRowProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private int processed;

  @Override
  public Object processItem(Object item) {
    if (failAfterItems != null
        && !failAfterItems.isBlank()
        && processed >= Integer.parseInt(failAfterItems)) {
      throw new IllegalStateException("failing on purpose after " + processed + " rows");
    }
    processed++;
    return CheckedRow.of((ImportRow) item);
  }
}
