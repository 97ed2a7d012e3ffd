package br.com.atende.cases.overdue;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseAudit;
import br.com.atende.shared.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Flags a chunk of cases overdue in the chunk's transaction: each flag audited (no agent) and the
 * holder told. The cases are read again here, in one statement, and one that changed since the
 * reader saw it (concluded, its due date moved) is left alone.
 */
@Named
@Dependent
public class OverdueCaseWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;

  @Inject private JobContext job;

  @Inject private OverdueNotice notice;

  @Inject
  @BatchProperty(name = "cutOff")
  private String cutOffParameter;

  private LocalDateTime cutOff;

  @Override
  public void open(Serializable checkpoint) {
    cutOff = IdCheckpointReader.dateTimeOrNow(cutOffParameter);
  }

  @Override
  public void writeItems(List<Object> caseIds) {
    LocalDateTime now = LocalDateTime.now();
    List<Case> cases =
        em.createQuery("SELECT c FROM Case c WHERE c.id IN :ids", Case.class)
            .setParameter("ids", caseIds)
            .getResultList();
    for (Case supportCase : cases) {
      if (!supportCase.isDueBefore(cutOff)) {
        continue;
      }
      CaseAudit flagged = supportCase.flagOverdue(now);
      if (flagged != null) {
        em.persist(flagged);
        notice.queue(supportCase, job.getExecutionId());
      }
    }
  }
}
