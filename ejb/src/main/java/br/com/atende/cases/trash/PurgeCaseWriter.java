package br.com.atende.cases.trash;

import br.com.atende.cases.model.Trash;
import br.com.atende.shared.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Purges a chunk of trashed cases in the chunk's transaction: all of a chunk, or none of it. */
@Named
@Dependent
public class PurgeCaseWriter extends AbstractItemWriter {

  @Inject private CaseRemoval removal;

  @Inject
  @BatchProperty(name = "asOf")
  private String asOfParameter;

  private LocalDateTime deletedBefore;

  @Override
  public void open(Serializable checkpoint) {
    deletedBefore = Trash.purgeableBefore(IdCheckpointReader.dateTimeOrNow(asOfParameter));
  }

  @Override
  public void writeItems(List<Object> caseIds) {
    List<Long> ids = new ArrayList<>();
    for (Object id : caseIds) {
      ids.add((Long) id);
    }
    removal.remove(ids, deletedBefore, LocalDateTime.now());
  }
}
