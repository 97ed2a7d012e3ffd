package br.com.atende.cases.overdue;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Flags a chunk of cases overdue with one UPDATE, in the chunk's transaction. */
@Named
@Dependent
public class OverdueCaseWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;

  @Override
  public void writeItems(List<Object> caseIds) {
    em.createQuery(
            "UPDATE Case c SET c.schedule.overdue = TRUE, c.version = c.version + 1 WHERE c.id IN :ids")
        .setParameter("ids", caseIds)
        .executeUpdate();
  }
}
