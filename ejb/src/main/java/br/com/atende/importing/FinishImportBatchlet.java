package br.com.atende.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/** Marks the import finished once every row of its file is handled. */
@Named
@Dependent
public class FinishImportBatchlet extends AbstractBatchlet {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  /** In a transaction of its own: a batchlet runs outside one. */
  @Override
  @Transactional
  public String process() {
    em.find(PartyImport.class, Long.valueOf(importId)).finished(LocalDateTime.now());
    return "COMPLETED";
  }
}
