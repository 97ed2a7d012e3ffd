package br.com.atende.setup;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * The generate-cases job: {@code count} synthetic cases for the company {@code company} (a code,
 * ACME by default), in chunks of {@code chunk}, logging its progress. Stoppable between chunks.
 */
@Named
@Dependent
public class GenerateCasesBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(GenerateCasesBatchlet.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private CaseGenerator generator;

  @Inject @BatchProperty private String count;

  @Inject @BatchProperty private String company;

  @Inject @BatchProperty private String chunk;

  private volatile boolean stopping;

  @Override
  public String process() {
    int total = Integer.parseInt(count);
    int chunkSize = chunk == null || chunk.isBlank() ? 50_000 : Integer.parseInt(chunk);
    String code = company == null || company.isBlank() ? "ACME" : company;
    long companyId =
        em.createQuery("SELECT c.id FROM Company c WHERE c.code = :code", Long.class)
            .setParameter("code", code)
            .getSingleResult();
    LocalDateTime now = LocalDateTime.now();
    int done = 0;
    while (done < total && !stopping) {
      int size = Math.min(chunkSize, total - done);
      done += generator.insertChunk(companyId, now.getYear(), size, now);
      int progress = done;
      LOG.info(() -> "generate-cases: " + progress + " of " + total + " cases");
    }
    generator.analyze();
    return stopping ? "STOPPED" : "COMPLETED";
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
