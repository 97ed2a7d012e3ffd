package br.com.atende.importing;

import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.batch.JobParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Importing parties, their contacts and their cases from CSV, for administrators: starting the job,
 * following its progress, restarting it after a failure, and the report of the refused rows as CSV.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PartyImportService {

  public static final String JOB = "party-import";

  /** Rows per chunk (and checkpoint) unless the caller says otherwise. */
  public static final int DEFAULT_ITEM_COUNT = 500;

  /**
   * A file larger than this is refused before anything is stored (the page's upload limit; some
   * 250,000 rows).
   */
  public static final int MAX_BYTES = 25 * 1024 * 1024;

  private static final int REPORT_PAGE = 1000;

  @PersistenceContext private EntityManager em;

  @EJB private AgentDirectory agents;

  @EJB private ImportLedger ledger;

  /** Stores the file and starts its import; returns the import's id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(String fileName, byte[] content) {
    return start(fileName, content, DEFAULT_ITEM_COUNT, null);
  }

  /**
   * The same, with {@code itemCount} rows per chunk and checkpoint, failing after {@code
   * failAfterItems} rows when given (tests).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(String fileName, byte[] content, int itemCount, Integer failAfterItems) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "error.import.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("file", "error.import.tooLarge");
    }
    String text = ImportFile.decode(content);
    long rows = 0;
    try (ImportFile file = ImportFile.open(text)) {
      while (file.hasNext()) {
        file.next();
        rows++;
      }
    }
    String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
    Agent admin = agents.currentAgent();
    long importId =
        ledger.create(
            name.length() > 255 ? name.substring(0, 255) : name, admin.getId(), rows, text);
    Properties parameters = new Properties();
    parameters.setProperty("importId", String.valueOf(importId));
    parameters.setProperty("itemCount", String.valueOf(Math.max(1, itemCount)));
    parameters.setProperty(JobParameters.STARTED_BY, admin.getLogin());
    if (failAfterItems != null) {
      parameters.setProperty("failAfterItems", String.valueOf(failAfterItems));
    }
    ledger.startedAs(importId, BatchRuntime.getJobOperator().start(JOB, parameters));
    return importId;
  }

  /** Restarts an import whose job failed or was stopped, from its last chunk. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void resume(long importId) {
    PartyImport partyImport = ledger.find(importId);
    if (state(partyImport) != ImportState.INTERRUPTED) {
      return;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = operator.getParameters(partyImport.getJobExecutionId());
    parameters.remove("failAfterItems");
    parameters.setProperty(JobParameters.STARTED_BY, agents.currentAgent().getLogin());
    ledger.startedAs(importId, operator.restart(partyImport.getJobExecutionId(), parameters));
  }

  public ImportProgress progress(long importId) {
    PartyImport partyImport = ledger.find(importId);
    return new ImportProgress(
        importId,
        partyImport.getFileName(),
        state(partyImport),
        partyImport.getPosition() - 1,
        partyImport.getTotalRows(),
        partyImport.getPartiesAdded(),
        partyImport.getContactsAdded(),
        partyImport.getCasesAdded(),
        partyImport.getRowsRefused());
  }

  /**
   * The report of the refused rows as CSV (UTF-8): row (the header is row 1), field, problem (its
   * name, for programs) and reason (for people), one line per thing wrong, in row order; read a
   * page at a time. The headings and reasons are message keys put in the reader's words by {@code
   * text}, as the statistics' export does: the bundle is the web's.
   */
  public byte[] report(long importId, Function<String, String> text) {
    ledger.find(importId);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(
          text.apply("import.report.row"),
          text.apply("import.report.field"),
          text.apply("import.report.problem"),
          text.apply("import.report.reason"));
      long afterRow = 0;
      long afterId = 0;
      while (true) {
        List<Object[]> page =
            em.createQuery(
                    "SELECT r.rowNumber, r.id, r.field, r.problem FROM ImportRejection r"
                        + " WHERE r.importId = :import AND (r.rowNumber > :row"
                        + " OR (r.rowNumber = :row AND r.id > :id)) ORDER BY r.rowNumber, r.id",
                    Object[].class)
                .setParameter("import", importId)
                .setParameter("row", afterRow)
                .setParameter("id", afterId)
                .setMaxResults(REPORT_PAGE)
                .getResultList();
        for (Object[] line : page) {
          RowProblem problem = (RowProblem) line[3];
          csv.printRecord(line[0], line[2], problem.name(), text.apply(problem.reasonKey()));
          afterRow = ((Number) line[0]).longValue();
          afterId = ((Number) line[1]).longValue();
        }
        if (page.size() < REPORT_PAGE) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ImportState state(PartyImport partyImport) {
    if (partyImport.getFinishedAt() != null) {
      return ImportState.COMPLETED;
    }
    if (partyImport.getJobExecutionId() == null) {
      return ImportState.RUNNING;
    }
    try {
      BatchStatus status =
          BatchRuntime.getJobOperator()
              .getJobExecution(partyImport.getJobExecutionId())
              .getBatchStatus();
      return switch (status) {
        case STARTING, STARTED, STOPPING, COMPLETED -> ImportState.RUNNING;
        default -> ImportState.INTERRUPTED;
      };
    } catch (NoSuchJobExecutionException e) {
      return ImportState.INTERRUPTED;
    }
  }
}
