package br.com.atende.cases.trash;

import br.com.atende.shared.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Purges a chunk of cases (trashed, or past their company's retention) in the chunk's transaction:
 * all of a chunk, or none of it.
 */
@Named
@Dependent
public class PurgeCaseWriter extends AbstractItemWriter {

  @Inject private CaseRemoval removal;

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "asOf")
  private String asOfParameter;

  private PurgeRule rule;

  @Override
  public void open(Serializable checkpoint) {
    rule = PurgeRule.at(em, IdCheckpointReader.dateTimeOrNow(asOfParameter));
  }

  @Override
  public void writeItems(List<Object> caseIds) {
    List<Long> ids = new ArrayList<>();
    for (Object id : caseIds) {
      ids.add((Long) id);
    }
    removal.remove(ids, rule, LocalDateTime.now());
  }
}
