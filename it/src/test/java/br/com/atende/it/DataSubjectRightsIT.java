package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddSolutionCommand;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.audit.AuditSeal;
import br.com.atende.cases.audit.AuditTrailCheck;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.trash.CaseRemoval;
import br.com.atende.cases.trash.TrashPurge;
import br.com.atende.dataprotection.application.AnonymizationOutcome;
import br.com.atende.dataprotection.application.DataSubjectService;
import br.com.atende.dataprotection.model.PersonalValues;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.AttachmentRows;
import br.com.atende.it.support.DataSubjectRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.TaxIds;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.TaxId;
import br.com.atende.shared.BusinessException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client's data rights (LGPD, issue 13): an administrator exports everything Atende holds about
 * a party as one archive, and nothing of another party; anonymization leaves no occurrence of the
 * party's name, tax id, emails or phones in any table or file, keeps the numbers and dates, and
 * leaves the audit trail verifiable; a company's retention purges exactly its cases concluded more
 * than its years ago. Only administrators may do any of it. Each test makes its own parties,
 * companies and cases; the export and the anonymization walk one story (export, then anonymize).
 */
@ExtendWith(ArquillianExtension.class)
class DataSubjectRightsIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject DataSubjectRows rows;

  @Inject AttachmentRows attachmentRows;

  @Inject AttachmentStore store;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject DataSubjectService dataSubjects;

  @Inject AuditSeal seal;

  @Inject AuditTrailCheck check;

  @Inject TrashPurge purge;

  @Test
  void anAdministratorExportsEverythingHeldAboutAPartyThenAnonymizesItLeavingNoTraceAnywhere()
      throws Exception {
    World world = world();

    String agent = world.agent();
    long id = world.subject().id();
    acting.walking(
        agent,
        () -> {
          assertThrows(
              EJBAccessException.class,
              () -> dataSubjects.find(world.subject().name()),
              "agents may not search data subjects");
          assertThrows(
              EJBAccessException.class,
              () -> dataSubjects.export(id, new ByteArrayOutputStream()),
              "nor export");
          assertThrows(EJBAccessException.class, () -> dataSubjects.anonymize(id), "nor anonymize");
          return null;
        });
    // The archive's address is under /admin/*, which the web module keeps to administrators;
    // IdorSweepIT asks every servlet for other people's ids as agents.
    assertEquals(
        List.of(world.subject().id()),
        acting.as("admin", () -> dataSubjects.find(world.subject().taxId())).stream()
            .map(m -> m.id())
            .toList(),
        "found by its tax id");
    HttpResponse<byte[]> download =
        AgentOverHttp.loggedInAs("admin", "admin/data-subject.xhtml")
            .fetch("admin/data-subject-export?party=" + world.subject().id());
    assertEquals(200, download.statusCode());
    Map<String, String> archive = unzip(download.body());

    Person subject = world.subject();
    assertTrue(archive.get("party.json").contains(subject.name()), "the party");
    assertTrue(archive.get("party.json").contains(subject.taxId()), "its tax id");
    assertTrue(archive.get("contacts.json").contains(subject.contactEmail()), "its contacts");
    for (OpenedCase opened : world.cases()) {
      assertTrue(archive.get("cases.json").contains(opened.number()), "case " + opened.number());
    }
    assertTrue(
        archive.get("entries.json").contains("Falei com " + subject.contactName()), "the entries");
    assertTrue(archive.get("solutions.json").contains(world.solution()), "the solutions");
    assertTrue(archive.get("history.json").contains("\"field\""), "the history");
    assertTrue(
        archive.get("emails-sent.json").contains(subject.contactEmail()), "the emails sent to it");
    String file = "files/" + world.cases().get(0).number() + "/";
    assertTrue(
        archive.entrySet().stream()
            .anyMatch(e -> e.getKey().startsWith(file) && e.getValue().equals(world.fileText())),
        "its files, as uploaded: " + archive.keySet());
    Person other = world.other();
    archive.forEach(
        (name, content) -> {
          assertFalse(content.contains(other.name()), name + " holds the other party's name");
          assertFalse(
              content.contains(world.otherCase().number()), name + " holds the other's case");
        });
    assertEquals(List.of("EXPORTED"), rows.adminLogOf(subject.id()), "the export is logged");

    long firstCase = world.cases().get(0).id();
    Path attached = store.pathOf(attachmentRows.storageOf(firstCase).get(0)[0].toString());
    assertTrue(Files.exists(attached));
    List<Object> facts = rows.factsOf(firstCase);
    long entries = rows.rowsOf("discussion_entry", firstCase);
    List<String> values = subject.values();
    assertFalse(rows.occurrences(values).isEmpty(), "the party is there before");

    AnonymizationOutcome outcome = acting.as("admin", () -> dataSubjects.anonymize(subject.id()));
    seal.sealPending();

    assertEquals(world.cases().size(), outcome.cases());
    assertEquals(1, outcome.files());
    assertTrue(outcome.auditRows() >= 1, "the subject's edit: " + outcome);
    assertEquals(List.of(), rows.occurrences(values), "no occurrence left in any table");
    assertFalse(Files.exists(attached), "the case's file is deleted");
    try (Stream<Path> stored = Files.list(store.directory())) {
      byte[] name = subject.name().getBytes(StandardCharsets.UTF_8);
      for (Path each : stored.filter(Files::isRegularFile).toList()) {
        assertFalse(contains(Files.readAllBytes(each), name), each + " names the party");
      }
    }
    assertEquals(facts, rows.factsOf(firstCase), "number, status, priority and dates kept");
    assertEquals(entries, rows.rowsOf("discussion_entry", firstCase), "every entry kept");
    assertEquals(0, rows.rowsOf("attachment", firstCase));
    assertFalse(
        rows.occurrences(List.of(world.other().name())).isEmpty(), "the other party is untouched");
    acting.walking(
        "admin",
        () -> {
          assertTrue(check.verify().holds(), "the audit trail still verifies");
          assertThrows(BusinessException.class, () -> dataSubjects.anonymize(subject.id()));
          return null;
        });
    assertEquals(List.of("EXPORTED", "ANONYMIZED"), rows.adminLogOf(subject.id()));
  }

  @Test
  void retentionPurgesExactlyTheCompanysCasesConcludedMoreThanItsYearsAgo() throws Exception {
    String keeping = teams.company();
    String other = teams.company();
    String agent = teams.agent(teams.department(keeping), "pt-BR", Set.of(), Role.AGENT);
    String otherAgent = teams.agent(teams.department(other), "pt-BR", Set.of(), Role.AGENT);
    long party = rows.party("Cliente guarda " + unique(), null, null, null);
    LocalDateTime now = LocalDateTime.now();
    OpenedCase old = open(agent, party, null, "Antigo " + unique(), "Pedido antigo.");
    OpenedCase recent = open(agent, party, null, "Recente " + unique(), "Pedido recente.");
    OpenedCase open = open(agent, party, null, "Aberto " + unique(), "Pedido aberto.");
    OpenedCase otherOld = open(otherAgent, party, null, "Outra " + unique(), "Outra empresa.");
    rows.concludedAt(old.id(), now.minusYears(3));
    rows.concludedAt(recent.id(), now.minusYears(1));
    rows.concludedAt(otherOld.id(), now.minusYears(3));
    long company = teams.companyId(keeping);
    acting.walking(
        agent,
        () -> assertThrows(EJBAccessException.class, () -> dataSubjects.setRetention(company, 2)));
    acting.walking(
        "admin",
        () -> {
          BusinessException refused =
              assertThrows(BusinessException.class, () -> dataSubjects.setRetention(company, 0));
          assertEquals("years", refused.field());
          dataSubjects.setRetention(company, 2);
          try {
            assertEquals(BatchStatus.COMPLETED, awaitEnd(purge.start(now)));
          } finally {
            dataSubjects.setRetention(company, null);
          }
          return null;
        });

    assertFalse(rows.caseExists(old.id()), "concluded three years ago, kept two: purged");
    assertEquals(1, rows.tombstonesOf(old.id()).size());
    assertTrue(rows.tombstonesOf(old.id()).get(0).startsWith(CaseRemoval.RETENTION));
    assertTrue(rows.caseExists(recent.id()), "concluded a year ago: kept");
    assertTrue(rows.caseExists(open.id()), "still open: kept");
    assertTrue(rows.caseExists(otherOld.id()), "another company, no retention: kept");
  }

  /** The party, its contact, the other party, the agent and their cases. */
  private World world() throws Exception {
    String u = unique();
    String agent = teams.agent(teams.department(teams.company()), "pt-BR", Set.of(), Role.AGENT);
    String[] cpfs = TaxIds.cpfs(2);
    Person subject =
        new Person(
            0,
            "Zuleica Quintanilha " + u,
            cpfs[0],
            "zuleica." + u + "@cliente.example",
            phone("11"),
            "Otávio Pimentel " + u,
            "otavio." + u + "@cliente.example",
            phone("21"));
    subject = subject.saved(rows);
    Person other =
        new Person(
                0,
                "Ernesto Valadares " + u,
                cpfs[1],
                "ernesto." + u + "@outro.example",
                phone("31"),
                "Iracema Tavares " + u,
                "iracema." + u + "@outro.example",
                phone("41"))
            .saved(rows);
    String formattedCpf = TaxId.parse(subject.taxId()).orElseThrow().formatted();
    OpenedCase first =
        open(
            agent,
            subject.id(),
            subject.contactId(),
            "Impressora de " + subject.name(),
            "A cliente "
                + subject.name()
                + " (CPF "
                + formattedCpf
                + ", "
                + subject.email()
                + ", "
                + subject.phone()
                + ") pede ajuda.");
    OpenedCase second =
        open(agent, subject.id(), null, "Segunda via", "Pedido de " + subject.name() + ".");
    OpenedCase otherCase =
        open(agent, other.id(), other.contactId(), "Caso de " + other.name(), "Outro pedido.");
    String note =
        "Falei com "
            + subject.contactName()
            + " pelo "
            + subject.contactPhone()
            + " e por "
            + subject.contactEmail();
    String solution = "Solução enviada a " + subject.name();
    String fileText = "%PDF-1.7\n contrato de " + subject.name() + "\n";
    Person named = subject;
    acting.as(
        agent,
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  first.id(),
                  note,
                  false,
                  true,
                  List.of(
                      AttachmentUpload.of(
                          "contrato.pdf", fileText.getBytes(StandardCharsets.UTF_8)))));
          discussion.addSolution(new AddSolutionCommand(first.id(), solution));
          CaseDetails details = cases.details(first.id());
          cases.edit(
              new EditCaseCommand(
                  details.id(),
                  details.version(),
                  "Impressora parada de " + named.name(),
                  details.request(),
                  details.priority(),
                  details.dueDate(),
                  details.caseTypeId(),
                  details.classificationId(),
                  details.categoryId(),
                  details.productId(),
                  details.moduleId()));
          return null;
        });
    assertTrue(first.openingEmailQueued(), "the contact is emailed");
    return new World(
        agent, subject, other, List.of(first, second), otherCase, note, solution, fileText);
  }

  private record World(
      String agent,
      Person subject,
      Person other,
      List<OpenedCase> cases,
      OpenedCase otherCase,
      String note,
      String solution,
      String fileText) {}

  /** A party and its one contact; {@code id} and {@code contactId} once saved. */
  private record Person(
      long id,
      String name,
      String taxId,
      String email,
      String phone,
      String contactName,
      String contactEmail,
      String contactPhone,
      long contactId) {

    Person(
        long id,
        String name,
        String taxId,
        String email,
        String phone,
        String contactName,
        String contactEmail,
        String contactPhone) {
      this(id, name, taxId, email, phone, contactName, contactEmail, contactPhone, 0);
    }

    Person saved(DataSubjectRows rows) {
      long party = rows.party(name, taxId, phone, email);
      long contact = rows.contact(party, contactName, contactEmail, contactPhone);
      return new Person(
          party, name, taxId, email, phone, contactName, contactEmail, contactPhone, contact);
    }

    /**
     * What must not be left anywhere: names, tax id (as stored and as written), emails and phones
     * (as written and as digits), each also as rich text stores it.
     */
    List<String> values() {
      List<String> plain =
          List.of(
              name,
              taxId,
              TaxId.parse(taxId).orElseThrow().formatted(),
              email,
              phone,
              phone.replaceAll("\\D", ""),
              contactName,
              contactEmail,
              contactPhone,
              contactPhone.replaceAll("\\D", ""));
      Set<String> all = new LinkedHashSet<>();
      plain.forEach(value -> all.addAll(PersonalValues.storedForms(value)));
      return new ArrayList<>(all);
    }
  }

  private OpenedCase open(String login, long party, Long contact, String subject, String request)
      throws Exception {
    return acting.as(
        login,
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    party,
                    contact,
                    subject,
                    request,
                    Priority.NORMAL,
                    null,
                    true,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private static boolean contains(byte[] content, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= content.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (content[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String phone(String area) {
    int number = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    String digits = Integer.toString(number);
    return "(" + area + ") 9" + digits.substring(0, 4) + "-" + digits.substring(4);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
