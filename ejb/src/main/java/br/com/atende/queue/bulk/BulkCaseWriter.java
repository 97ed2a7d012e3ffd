package br.com.atende.queue.bulk;

import br.com.atende.shared.BusinessException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Applies the action to each case of the chunk, each in its own transaction ({@link
 * BulkActionApplier}): a refused case is recorded with its reason and the job goes on; anything
 * else (the database gone) fails the job, to be restarted from its checkpoint.
 *
 * <p>{@code failAfterItems} (a job parameter, empty in normal runs) makes this execution fail once
 * it has applied that many cases, between two cases of a chunk: the cases before are committed and
 * the checkpoint is not, which is what a restart must cope with.
 */
@Named
@Dependent
public class BulkCaseWriter extends AbstractItemWriter {

  @Inject private BulkActionApplier applier;

  @Inject
  @BatchProperty(name = "bulkActionId")
  private String bulkActionId;

  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private int applied;

  @Override
  public void writeItems(List<Object> caseIds) {
    long actionId = Long.parseLong(bulkActionId);
    for (Object item : caseIds) {
      if (failAfterItems != null
          && !failAfterItems.isBlank()
          && applied >= Integer.parseInt(failAfterItems)) {
        throw new IllegalStateException("failing on purpose after " + applied + " cases (test)");
      }
      long caseId = (Long) item;
      try {
        applier.apply(actionId, caseId);
      } catch (BusinessException refused) {
        applier.refuse(actionId, caseId, refused.messageKey());
      }
      applied++;
    }
  }
}
