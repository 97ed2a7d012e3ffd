package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cluster.ServerInstances;
import br.com.atende.importing.ImportProgress;
import br.com.atende.importing.ImportState;
import br.com.atende.importing.PartyImportService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.ImportRows;
import br.com.atende.it.support.TaxIds;
import br.com.atende.it.support.Teams;
import br.com.atende.shared.InvalidInputException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV import of parties, contacts and cases (issue 14), run by the server's batch runtime: a
 * file with a byte order mark, both line ends, quoted fields with line breaks and a dozen kinds of
 * bad row adds exactly its good rows and reports exactly its bad ones; a re-run adds nothing; a
 * semicolon file reads alike; an import failing midway and resumed adds every row once.
 */
@ExtendWith(ArquillianExtension.class)
class PartyImportIT {

  private static final String HEADER =
      "kind,name,tax_id,phone,email,contact_name,contact_email,contact_phone";

  @Inject ActingAgent acting;

  @Inject PartyImportService imports;

  @Inject ImportRows rows;

  @Inject Teams teams;

  @Test
  void
      aFileWithADozenKindsOfBadRowAddsExactlyItsGoodRowsReportsExactlyItsBadOnesAndAddsNothingTwice()
          throws Exception {
    String[] cpf = TaxIds.cpfs(15);
    String cnpj = TaxIds.cnpj();
    String cnpjFormatted = cnpj.replaceFirst("(.{2})(.{3})(.{3})(.{4})(.{2})", "$1.$2.$3/$4-$5");
    String file =
        "\uFEFF"
            + HEADER
            + "\r\n"
            // 2: a person with a phone and an email
            + "PERSON,Ana Importada,"
            + cpf[0]
            + ",(31) 3333-1000,ana@example.com,,,\r\n"
            // 3: a company whose name holds a semicolon, doubled quotes and a line break; a contact
            + "CUSTOMER_SUPPLIER,\"Acme; Filial \"\"Centro\"\"\nSegunda linha\","
            + cnpjFormatted
            + ",,,Bruno,bruno@acme.example,+55 31 99999-0000\n"
            // 4: the same company again with another contact: not a duplicate
            + "CUSTOMER_SUPPLIER,Acme,"
            + cnpj
            + ",,,Carla,Carla@Acme.example,\r\n"
            // 5: the kind in lower case
            + "student,Aluno Importado,"
            + cpf[1]
            + ",,,,,\n"
            // 6 to 21: bad rows
            + ",Sem Tipo,"
            + cpf[2]
            + ",,,,,\r\n"
            + "ALIEN,Tipo Estranho,"
            + cpf[3]
            + ",,,,,\n"
            + "PERSON,,"
            + cpf[4]
            + ",,,,,\n"
            + "PERSON,"
            + "N".repeat(201)
            + ","
            + cpf[5]
            + ",,,,,\r\n"
            + "PERSON,Sem CPF,,,,,,\n"
            + "PERSON,CPF Ruim,123.456.789-00,,,,,\n"
            + "PERSON,Email Ruim,"
            + cpf[6]
            + ",,not-an-email,,,\n"
            + "PERSON,Fone Ruim,"
            + cpf[7]
            + ",12,,,,\r\n"
            + "PERSON,Contato Sem Nome,"
            + cpf[8]
            + ",,,,x@contato.example,\n"
            + "PERSON,Contato Sem Email,"
            + cpf[9]
            + ",,,Fulano,,\n"
            + "PERSON,Contato Email Ruim,"
            + cpf[10]
            + ",,,Fulano,fulano@@x,\n"
            + "PERSON,Contato Fone Ruim,"
            + cpf[11]
            + ",,,Fulano,f@contato.example,abc\n"
            + "PERSON,Ana De Novo,"
            + cpf[0]
            + ",,,,,\r\n"
            + "PERSON,Curta,"
            + cpf[12]
            + "\n"
            + "CUSTOMER_SUPPLIER,Empresa Ruim,11.222.333/0001-00,,,,,\n"
            + ",,999,,,,,\r\n"
            // 22: a teacher, the last line without a line end
            + "TEACHER,Professora Importada,"
            + cpf[13]
            + ",,prof@example.com,,,";
    List<String> taxIds = List.of(cpf);
    List<String> allTaxIds = new ArrayList<>(taxIds);
    allTaxIds.add(cnpj);

    ImportProgress first = importAndAwait("clientes.csv", file);

    assertEquals(ImportState.COMPLETED, first.state(), () -> rows.jobReport(first.importId()));
    assertEquals(21, first.rowsRead());
    assertEquals(21, first.totalRows());
    assertEquals(4, first.partiesAdded());
    assertEquals(2, first.contactsAdded());
    assertEquals(16, first.rowsRefused());
    assertEquals(
        List.of(
                cnpj + " CUSTOMER_SUPPLIER Acme; Filial \"Centro\"\nSegunda linha",
                cpf[0] + " PERSON Ana Importada",
                cpf[13] + " TEACHER Professora Importada",
                cpf[1] + " STUDENT Aluno Importado")
            .stream()
            .sorted()
            .toList(),
        rows.parties(allTaxIds));
    assertEquals(
        List.of(cnpj + " Carla@Acme.example Carla", cnpj + " bruno@acme.example Bruno"),
        rows.contacts(allTaxIds));
    List<String> expectedReport =
        List.of(
            "import.report.row,import.report.field,import.report.problem,import.report.reason",
            "6,kind,MISSING_KIND,import.problem.MISSING_KIND",
            "7,kind,UNKNOWN_KIND,import.problem.UNKNOWN_KIND",
            "8,name,MISSING_NAME,import.problem.MISSING_NAME",
            "9,name,TOO_LONG,import.problem.TOO_LONG",
            "10,tax_id,MISSING_TAX_ID,import.problem.MISSING_TAX_ID",
            "11,tax_id,INVALID_TAX_ID,import.problem.INVALID_TAX_ID",
            "12,email,INVALID_EMAIL,import.problem.INVALID_EMAIL",
            "13,phone,INVALID_PHONE,import.problem.INVALID_PHONE",
            "14,contact_name,MISSING_CONTACT_NAME,import.problem.MISSING_CONTACT_NAME",
            "15,contact_email,MISSING_CONTACT_EMAIL,import.problem.MISSING_CONTACT_EMAIL",
            "16,contact_email,INVALID_EMAIL,import.problem.INVALID_EMAIL",
            "17,contact_phone,INVALID_PHONE,import.problem.INVALID_PHONE",
            "18,tax_id,DUPLICATE_IN_FILE,import.problem.DUPLICATE_IN_FILE",
            "19,,WRONG_FIELD_COUNT,import.problem.WRONG_FIELD_COUNT",
            "20,tax_id,INVALID_TAX_ID,import.problem.INVALID_TAX_ID",
            "21,kind,MISSING_KIND,import.problem.MISSING_KIND",
            "21,name,MISSING_NAME,import.problem.MISSING_NAME",
            "21,tax_id,INVALID_TAX_ID,import.problem.INVALID_TAX_ID");
    assertEquals(expectedReport, report(first.importId()));

    ImportProgress again = importAndAwait("clientes.csv", file);

    assertEquals(ImportState.COMPLETED, again.state(), () -> rows.jobReport(again.importId()));
    assertEquals(0, again.partiesAdded());
    assertEquals(0, again.contactsAdded());
    assertEquals(16, again.rowsRefused());
    assertEquals(4, rows.partyCount(allTaxIds));
    assertEquals(2, rows.contacts(allTaxIds).size());
    assertEquals(expectedReport, report(again.importId()));
  }

  @Test
  void casesInTheFileAreAddedOncePerExternalIdAndEveryBadCaseRowIsReportedWithItsPartyLeftOut()
      throws Exception {
    String company = teams.company();
    String other = teams.company();
    String desk = "Mesa Importação " + company;
    String counter = "Balcão " + company;
    teams.department(company, desk);
    teams.department(company, counter);
    teams.department(other, counter);
    String[] cpf = TaxIds.cpfs(6);
    String thisYear = String.valueOf(LocalDateTime.now().getYear());
    String file =
        "\uFEFF"
            + HEADER
            + ",case_external_id,case_subject,case_request,case_department,case_company,"
            + "case_opened_at\r\n"
            // 2: a party and its case, the subject with a semicolon, the request on two lines
            + "PERSON,Cliente Com Caso,"
            + cpf[0]
            + ",,,,,,E1,\"Nota; fiscal\",\"Pedido\nem duas linhas\","
            + desk
            + ",,2025-03-01 10:15\n"
            // 3: a second case for the party of row 2, by its tax id alone
            + ",,"
            + cpf[0]
            + ",,,,,,E2,Segundo assunto,Pedido dois,"
            + desk.toUpperCase(Locale.ROOT)
            + ",,01/02/2026\r\n"
            // 4: a party alone; 5: its case in the other company's department of a shared name
            + "PERSON,Outra Pessoa,"
            + cpf[1]
            + ",,,,,,,,,,,\n"
            + ",,"
            + cpf[1]
            + ",,,,,,E3,Terceiro,Pedido três,"
            + counter
            + ","
            + other
            + ",2026-01-05T08:00:30\n"
            // 6: a party, a contact and a case opened at no given time (now)
            + "PERSON,Pessoa Com Contato,"
            + cpf[2]
            + ",,,Fulano,fulano@caso.example,,E4,Quarto,Pedido quatro,"
            + desk
            + ",,\r\n"
            // 7 to 19: bad case rows
            + ",,"
            + cpf[3]
            + ",,,,,,E5,Sem cliente,Pedido,"
            + desk
            + ",,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E6,,Pedido,"
            + desk
            + ",,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E1,De novo,Pedido,"
            + desk
            + ",,\r\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E7,Mesa errada,Pedido,Mesa Inexistente,,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E8,Data ruim,Pedido,"
            + desk
            + ",,31/02/2026\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E9,Mesa ambígua,Pedido,"
            + counter
            + ",,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,,Sem id,Pedido,"
            + desk
            + ",,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E10,Sem pedido,,"
            + desk
            + ",,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E11,Sem mesa,Pedido,,,\n"
            + "PERSON,Pessoa De Mesa Errada,"
            + cpf[4]
            + ",,,,,,E12,Mesa errada,Pedido,Mesa Inexistente,,\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E13,No futuro,Pedido,"
            + desk
            + ",,2099-01-01\n"
            + ",,"
            + cpf[0]
            + ",,,,,,E14,"
            + "S".repeat(201)
            + ",Pedido,"
            + desk
            + ",,\n"
            + "PERSON,CPF Ruim,111.111.111-12,,,,,,E15,Assunto,Pedido,"
            + desk
            + ",,";
    List<String> codes = List.of(company, other);

    ImportProgress first = importAndAwait("atendimentos.csv", file);

    assertEquals(ImportState.COMPLETED, first.state(), () -> rows.jobReport(first.importId()));
    assertEquals(18, first.rowsRead());
    assertEquals(3, first.partiesAdded());
    assertEquals(1, first.contactsAdded());
    assertEquals(4, first.casesAdded());
    assertEquals(13, first.rowsRefused());
    assertEquals(
        List.of(
                cpf[0] + " PERSON Cliente Com Caso",
                cpf[1] + " PERSON Outra Pessoa",
                cpf[2] + " PERSON Pessoa Com Contato")
            .stream()
            .sorted()
            .toList(),
        rows.parties(List.of(cpf)));
    List<String> cases = rows.cases(codes);
    assertEquals(4, cases.size(), cases::toString);
    assertEquals(
        "E1 "
            + company
            + " "
            + desk
            + " "
            + cpf[0]
            + " NEW 2025 2025-03-01T10:15 Nota; fiscal | Pedido\nem duas linhas",
        cases.get(0));
    assertEquals(
        "E2 "
            + company
            + " "
            + desk
            + " "
            + cpf[0]
            + " NEW 2026 2026-02-01T00:00 Segundo assunto | Pedido dois",
        cases.get(1));
    assertEquals(
        "E3 "
            + other
            + " "
            + counter
            + " "
            + cpf[1]
            + " NEW 2026 2026-01-05T08:00:30 Terceiro | Pedido três",
        cases.get(2));
    assertTrue(
        cases.get(3).startsWith("E4 " + company + " " + desk + " " + cpf[2] + " NEW " + thisYear),
        cases.get(3));
    List<String> expectedReport =
        List.of(
            "import.report.row,import.report.field,import.report.problem,import.report.reason",
            "7,tax_id,UNKNOWN_PARTY,import.problem.UNKNOWN_PARTY",
            "8,case_subject,MISSING_SUBJECT,import.problem.MISSING_SUBJECT",
            "9,case_external_id,DUPLICATE_EXTERNAL_ID,import.problem.DUPLICATE_EXTERNAL_ID",
            "10,case_department,UNKNOWN_DEPARTMENT,import.problem.UNKNOWN_DEPARTMENT",
            "11,case_opened_at,INVALID_DATE,import.problem.INVALID_DATE",
            "12,case_department,AMBIGUOUS_DEPARTMENT,import.problem.AMBIGUOUS_DEPARTMENT",
            "13,case_external_id,MISSING_EXTERNAL_ID,import.problem.MISSING_EXTERNAL_ID",
            "14,case_request,MISSING_REQUEST,import.problem.MISSING_REQUEST",
            "15,case_department,MISSING_DEPARTMENT,import.problem.MISSING_DEPARTMENT",
            "16,case_department,UNKNOWN_DEPARTMENT,import.problem.UNKNOWN_DEPARTMENT",
            "17,case_opened_at,INVALID_DATE,import.problem.INVALID_DATE",
            "18,case_subject,TOO_LONG,import.problem.TOO_LONG",
            "19,tax_id,INVALID_TAX_ID,import.problem.INVALID_TAX_ID");
    assertEquals(expectedReport, report(first.importId()));

    ImportProgress again = importAndAwait("atendimentos.csv", file);

    assertEquals(ImportState.COMPLETED, again.state(), () -> rows.jobReport(again.importId()));
    assertEquals(0, again.partiesAdded());
    assertEquals(0, again.contactsAdded());
    assertEquals(0, again.casesAdded());
    assertEquals(13, again.rowsRefused());
    assertEquals(cases, rows.cases(codes));
    assertEquals(3, rows.partyCount(List.of(cpf)));
    assertEquals(expectedReport, report(again.importId()));
  }

  @Test
  void aFileSeparatedBySemicolonsIsReadAlike() throws Exception {
    String[] cpf = TaxIds.cpfs(2);
    String file =
        "kind;name;tax_id;contact_name;contact_email\r\n"
            + "PERSON;\"Silva, Maria\nde Souza\";"
            + cpf[0]
            + ";Maria;maria@example.com\r\n"
            + "PERSON;Sem Email;"
            + cpf[1]
            + ";;maria@@example.com\r\n";

    ImportProgress done = importAndAwait("ponto-e-virgula.csv", file);

    assertEquals(ImportState.COMPLETED, done.state(), () -> rows.jobReport(done.importId()));
    assertEquals(1, done.partiesAdded());
    assertEquals(1, done.contactsAdded());
    assertEquals(List.of(cpf[0] + " PERSON Silva, Maria\nde Souza"), rows.parties(List.of(cpf)));
    assertEquals(
        List.of(
            "import.report.row,import.report.field,import.report.problem,import.report.reason",
            "3,contact_email,INVALID_EMAIL,import.problem.INVALID_EMAIL",
            "3,contact_name,MISSING_CONTACT_NAME,import.problem.MISSING_CONTACT_NAME"),
        report(done.importId()));
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedNamingTheFile() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "admin",
                    () ->
                        imports.start(
                            "sem-cabecalho.csv",
                            "name,email\nAna,ana@example.com\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals("file", refused.field());
  }

  @Test
  void anImportThatFailedOnAServerSinceGoneIsLeftToTheAdministratorNotRestartedByItself()
      throws Exception {
    String[] cpf = TaxIds.cpfs(30);
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 30; i++) {
      file.append("PERSON,Falhou ").append(i).append(',').append(cpf[i]).append(",,,,,\n");
    }
    byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
    long importId = acting.as("admin", () -> imports.start("falhou.csv", content, 10, 15));
    await(importId);
    long execution = rows.executionOf(importId);
    assertEquals(BatchStatus.FAILED, awaitEnd(execution));
    assertEquals(ServerInstances.THIS, rows.runByOf(importId), "its job ran here");

    // Its server dies: the recovery rounds (ImportRecovery, every 20 s) find it run by a server
    // that is gone, and leave a failed job to the administrator's "resume", run by nobody.
    rows.runByAGoneServer(importId);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (rows.runByOf(importId) != null && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertNull(rows.runByOf(importId), "looked at by a recovery round");
    assertEquals(execution, rows.executionOf(importId), "not restarted");
    assertEquals(
        ImportState.INTERRUPTED, acting.as("admin", () -> imports.progress(importId)).state());
    assertEquals(10, rows.partyCount(Arrays.asList(cpf)), "one chunk of ten, as it failed");
  }

  @Test
  void anImportFailingMidwayAndResumedAddsEveryRowOnceAndStillSeesDuplicatesBeforeTheFailure()
      throws Exception {
    String[] cpf = TaxIds.cpfs(60);
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 60; i++) {
      file.append("PERSON,Pessoa ").append(i).append(',').append(cpf[i]).append(",,,,,\n");
    }
    // Row 62 repeats row 2, which the failed execution read: the resumed one must still know it.
    file.append("PERSON,Pessoa Repetida,").append(cpf[0]).append(",,,,,\n");
    byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
    long importId = acting.as("admin", () -> imports.start("grande.csv", content, 10, 25));
    await(importId);
    long execution = rows.executionOf(importId);

    assertEquals(BatchStatus.FAILED, awaitEnd(execution));
    ImportProgress failed = acting.as("admin", () -> imports.progress(importId));
    assertEquals(ImportState.INTERRUPTED, failed.state());
    assertEquals(20, failed.rowsRead(), "two chunks of ten were written, the third rolled back");
    assertEquals(20, rows.partyCount(Arrays.asList(cpf)));

    acting.as(
        "admin",
        () -> {
          imports.resume(importId);
          return null;
        });
    ImportProgress resumed = await(importId);

    assertEquals(ImportState.COMPLETED, resumed.state(), () -> rows.jobReport(resumed.importId()));
    assertEquals(61, resumed.rowsRead());
    assertEquals(60, resumed.partiesAdded());
    assertEquals(60, rows.partyCount(Arrays.asList(cpf)));
    assertEquals(
        List.of(
            "import.report.row,import.report.field,import.report.problem,import.report.reason",
            "62,tax_id,DUPLICATE_IN_FILE,import.problem.DUPLICATE_IN_FILE"),
        report(importId));
  }

  private ImportProgress importAndAwait(String name, String file) throws Exception {
    long importId =
        acting.as("admin", () -> imports.start(name, file.getBytes(StandardCharsets.UTF_8)));
    return await(importId);
  }

  /** The import's progress once it is no longer running, polled for up to two minutes. */
  private ImportProgress await(long importId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    ImportProgress progress = acting.as("admin", () -> imports.progress(importId));
    while (progress.isRunning() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      progress = acting.as("admin", () -> imports.progress(importId));
    }
    return progress;
  }

  private List<String> report(long importId) throws Exception {
    String csv =
        new String(
            acting.as("admin", () -> imports.report(importId, key -> key)), StandardCharsets.UTF_8);
    return List.of(csv.split("\r\n"));
  }
}
