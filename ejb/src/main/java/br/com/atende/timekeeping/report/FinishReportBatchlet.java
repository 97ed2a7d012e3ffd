package br.com.atende.timekeeping.report;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/** Marks the report finished once every entry of the month is in its lines. */
@Named
@Dependent
public class FinishReportBatchlet extends AbstractBatchlet {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "reportId")
  private String reportId;

  /**
   * In a transaction of its own: unlike a chunk, a batchlet runs outside one, where the change
   * would never be written.
   */
  @Override
  @Transactional
  public String process() {
    em.find(ConsumptionReport.class, Long.valueOf(reportId)).finished(LocalDateTime.now());
    return "COMPLETED";
  }
}
