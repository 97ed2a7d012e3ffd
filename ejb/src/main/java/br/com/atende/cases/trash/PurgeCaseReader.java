package br.com.atende.cases.trash;

import br.com.atende.shared.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads the ids of the cases the run purges at the job's {@code asOf} time (an ISO date-time, or
 * now): those in the trash for longer than seven days and those past their company's retention
 * ({@link PurgeRule}). A case read again after a restart is purged once, since the writer reads it
 * again first.
 */
@Named
@Dependent
public class PurgeCaseReader extends IdCheckpointReader {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "asOf")
  private String asOfParameter;

  private PurgeRule rule;

  @Override
  protected void readParameters() {
    rule = PurgeRule.at(em, dateTimeOrNow(asOfParameter));
  }

  @Override
  protected List<Long> idsAfter(long lastId, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        rule.bind(
                em.createNativeQuery(
                    "SELECT c.id FROM support_case c WHERE c.id > ?1 AND "
                        + rule.condition(2)
                        + " ORDER BY c.id"),
                2)
            .setParameter(1, lastId)
            .setMaxResults(limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
