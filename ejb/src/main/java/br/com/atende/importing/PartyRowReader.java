package br.com.atende.importing;

import br.com.atende.cluster.ServerInstances;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the import's file row by row. Its checkpoint is the row number of the last row read; on a
 * restart it starts after the import's own position instead when that is further (the position is
 * written in the chunk's transaction with the rows' parties, the checkpoint by the job repository
 * beside it). The rows before the position are read again, without being handed on, only to learn
 * their keys: a later row with the same key is a duplicate in the file, across a restart too.
 */
@Named
@Dependent
public class PartyRowReader extends AbstractItemReader {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject private JobContext job;

  private ImportFile file;
  private long position;
  private final Set<String> keys = new HashSet<>();

  @Override
  public void open(Serializable checkpoint) {
    long id = Long.parseLong(importId);
    // This execution, on this server instance, is the import's from now on, however it was started
    // or restarted (the jobs page restarts executions without knowing of imports; ImportRecovery
    // restarts those of a server that died). A bulk update: the version stays.
    em.createQuery(
            "UPDATE PartyImport i SET i.jobExecutionId = :execution, i.runBy = :instance"
                + " WHERE i.id = :id")
        .setParameter("execution", job.getExecutionId())
        .setParameter("instance", ServerInstances.THIS)
        .setParameter("id", id)
        .executeUpdate();
    position = em.find(PartyImport.class, id).getPosition();
    if (checkpoint instanceof Long read) {
      position = Math.max(position, read);
    }
    String text =
        (String)
            em.createNativeQuery("SELECT content FROM party_import_file WHERE import_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    file = ImportFile.open(text);
    long read = 1;
    while (read < position && file.hasNext()) {
      ImportRow row = file.next();
      remember(row);
      read = row.number();
    }
  }

  @Override
  public Object readItem() {
    if (!file.hasNext()) {
      return null;
    }
    ImportRow row = file.next();
    position = row.number();
    return remember(row) ? row : row.duplicate();
  }

  /** Notes the row's key; false when an earlier row had it. */
  private boolean remember(ImportRow row) {
    if (row.readProblem() != null
        || (row.hasCase() ? row.caseColumns().externalId() == null : row.taxId() == null)) {
      return true;
    }
    return keys.add(ImportFile.keyOf(row));
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }

  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
  }
}
