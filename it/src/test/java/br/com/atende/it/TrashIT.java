package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseSearch;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EscalateCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.SearchMode;
import br.com.atende.cases.application.SearchQuery;
import br.com.atende.cases.application.SearchScope;
import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseResponseService;
import br.com.atende.cases.notification.CaseResponseToken.State;
import br.com.atende.cases.trash.TrashPurge;
import br.com.atende.cases.trash.TrashService;
import br.com.atende.cases.trash.TrashedCase;
import br.com.atende.faq.application.FaqService;
import br.com.atende.integration.application.ApiClientAdminService;
import br.com.atende.integration.application.NewApiClient;
import br.com.atende.integration.model.ApiScope;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AttachmentRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.it.support.TrashRows;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyService;
import br.com.atende.queue.application.QueueExport;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTabCount;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.statistics.application.StatisticsFilter;
import br.com.atende.statistics.application.StatisticsService;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trash (SPEC C10, seed 004 §4.2): a deleted case leaves every query over cases at once and
 * comes back whole when restored; the purge job removes, with their files, exactly the cases in the
 * trash for more than seven days, and a purge that fails halfway and is restarted purges each case
 * once. Each test works in a company of its own, so every count it reads is its own.
 */
@ExtendWith(ArquillianExtension.class)
class TrashIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject Openings openings;

  @Inject TrashRows rows;

  @Inject AttachmentRows attachmentRows;

  @Inject AttachmentStore store;

  @Inject TrashService trash;

  @Inject TrashPurge purge;

  @Inject CaseService cases;

  @Inject CaseLinkService links;

  @Inject DiscussionService discussion;

  @Inject QueueService queues;

  @Inject QueueExport export;

  @Inject CaseSearch search;

  @Inject StatisticsService statistics;

  @Inject ApiClientAdminService apiClients;

  @Inject FaqService faq;

  @Inject PartyService parties;

  @Inject CaseResponseService responses;

  @Test
  void aDeletedCaseLeavesEveryListCountAndSearchAndComesBackWholeWhenRestored() throws Exception {
    Desk desk = desk();
    String marker = "lixeira" + unique();
    OpenedCase deleted = open(desk.agent(), "Impressora " + marker, true);
    OpenedCase sibling = open(desk.agent(), "Scanner " + marker, true);
    acting.as(desk.agent(), () -> note(deleted.id(), "Solução publicada " + marker, true));
    acting.as(
        desk.agent(),
        () -> {
          links.relate(sibling.id(), deleted.number());
          return null;
        });
    String link = rows.responseLink(deleted.id(), desk.agent());
    Map<String, Callable<Long>> probes = whereTheCaseShows(desk, deleted, sibling, marker, link);
    Map<String, Long> before = read(probes);
    Map<String, Long> rowsBefore = rows.rowsOf(deleted.id());
    CaseDetails detailsBefore = acting.as(desk.agent(), () -> cases.details(deleted.id()));

    acting.as(
        desk.agent(),
        () -> {
          trash.moveToTrash(deleted.id(), detailsBefore.version());
          return null;
        });

    Map<String, Long> inTrash = read(probes);
    for (String probe : probes.keySet()) {
      assertTrue(
          inTrash.get(probe) < before.get(probe),
          probe + " still shows the deleted case: " + before.get(probe) + " then " + inTrash);
    }
    List<TrashedCase> listed =
        acting.as(desk.supervisor(), () -> trash.page(PageRequest.of(0, 20)));
    assertEquals(List.of(deleted.id()), listed.stream().map(TrashedCase::id).toList());
    assertEquals("Agente " + desk.agent(), listed.get(0).deletedByName());
    assertEquals(1, acting.as(desk.supervisor(), () -> trash.count()).value());

    acting.as(
        desk.supervisor(),
        () -> {
          trash.restore(deleted.id());
          return null;
        });

    assertEquals(before, read(probes), "every query shows the restored case again");
    assertEquals(rowsBefore, rows.rowsOf(deleted.id()), "nothing of the case was removed");
    CaseDetails restored = acting.as(desk.agent(), () -> cases.details(deleted.id()));
    assertEquals(detailsBefore.subject(), restored.subject());
    assertEquals(detailsBefore.status(), restored.status());
    assertEquals(detailsBefore.holderName(), restored.holderName());
    assertEquals(0, acting.as(desk.supervisor(), () -> trash.count()).value());
  }

  @Test
  void onlyAgentsWithThePermissionDeleteAndNeverACaseWithAnOpenEscalation() throws Exception {
    Desk desk = desk();
    String subject = "Pedido com escalonamento " + unique();
    OpenedCase parent = open(desk.agent(), subject, true);
    long version = acting.as(desk.agent(), () -> cases.details(parent.id()).version());

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    desk.supervisor(),
                    () -> {
                      trash.moveToTrash(parent.id(), version);
                      return null;
                    }));
    assertEquals("error.trash.notPermitted", refused.messageKey());

    long billing = teams.department(desk.company());
    acting.as(
        desk.agent(),
        () ->
            links.escalate(
                new EscalateCommand(
                    parent.id(), billing, "Estorno", "Cobrança em dobro.", Priority.NORMAL)));
    long escalated = acting.as(desk.agent(), () -> cases.details(parent.id()).version());
    BusinessException openChild =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    desk.agent(),
                    () -> {
                      trash.moveToTrash(parent.id(), escalated);
                      return null;
                    }));
    assertEquals("error.trash.openEscalations", openChild.messageKey());
    assertEquals("escalations", openChild.field());
    assertEquals(subject, acting.as(desk.agent(), () -> cases.details(parent.id())).subject());
  }

  @Test
  void thePurgeRemovesExactlyTheCasesInTheTrashForMoreThanSevenDaysWithTheirFiles()
      throws Exception {
    Desk desk = desk();
    OpenedCase old = open(desk.agent(), "Antigo " + unique(), true);
    OpenedCase recent = open(desk.agent(), "Recente " + unique(), true);
    OpenedCase kept = open(desk.agent(), "Mantido " + unique(), true);
    acting.as(
        desk.agent(),
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  old.id(),
                  "Segue o contrato.",
                  false,
                  false,
                  List.of(AttachmentUpload.of("contrato.pdf", pdf()))));
          links.relate(kept.id(), old.number());
          return null;
        });
    rows.responseLink(old.id(), desk.agent());
    Path file = store.pathOf(attachmentRows.storageOf(old.id()).get(0)[0].toString());
    assertTrue(Files.exists(file));
    Map<String, Long> keptRows = rows.rowsOf(kept.id());
    long oldAudit = moveToTrash(desk, old);
    moveToTrash(desk, recent);
    rows.deletedDaysAgo(old.id(), 8);
    rows.deletedDaysAgo(recent.id(), 6);

    long execution = acting.as("admin", () -> purge.start(LocalDateTime.now()));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));

    for (Map.Entry<String, Long> table : rows.rowsOf(old.id()).entrySet()) {
      assertEquals(0L, table.getValue(), table.getKey() + " keeps rows of the purged case");
    }
    assertFalse(Files.exists(file), "the attachment's file is removed with its case");
    List<Object[]> tombstones = rows.tombstonesOf(old.id());
    assertEquals(1, tombstones.size());
    assertEquals(old.number(), tombstones.get(0)[0]);
    assertEquals(teams.agentId(desk.agent()), ((Number) tombstones.get(0)[1]).longValue());
    assertEquals(oldAudit + 1, rows.auditRowsOf(old.id()), "the audit trail outlives the case");

    assertEquals(1L, rows.rowsOf(recent.id()).get("support_case"), "6 days in the trash: kept");
    assertEquals(
        List.of(recent.id()),
        acting.as(desk.supervisor(), () -> trash.page(PageRequest.of(0, 20))).stream()
            .map(TrashedCase::id)
            .toList());
    Map<String, Long> keptAfter = rows.rowsOf(kept.id());
    keptRows.put("case_relation", 0L);
    assertEquals(keptRows, keptAfter, "the live case loses only its relation to the purged one");
  }

  @Test
  void aPurgeThatFailsHalfwayAndIsRestartedPurgesEachCaseOnce() throws Exception {
    Desk desk = desk();
    OpenedCase first = open(desk.agent(), "Primeiro " + unique(), false);
    OpenedCase second = open(desk.agent(), "Segundo " + unique(), false);
    OpenedCase third = open(desk.agent(), "Terceiro " + unique(), false);
    for (OpenedCase opened : List.of(first, second, third)) {
      moveToTrash(desk, opened);
      rows.deletedDaysAgo(opened.id(), 8);
    }
    // A concurrent writer holds the second case for as long as the run lasts: the purge commits
    // the first case's chunk, gives up waiting on the second and fails there, as a run killed
    // halfway would, with its checkpoint after the first case.
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Void> writer = rows.holdLocked(second.id(), locked, release);
    assertTrue(locked.await(30, TimeUnit.SECONDS));
    long execution;
    try {
      execution = acting.as("admin", () -> purge.start(LocalDateTime.now(), 1));
      assertEquals(BatchStatus.FAILED, awaitEnd(execution));
    } finally {
      release.countDown();
    }
    writer.get(30, TimeUnit.SECONDS);
    assertFalse(rows.exists(first.id()), "the first chunk was committed");
    assertTrue(rows.exists(second.id()) && rows.exists(third.id()), "the rest was not");

    long restarted = acting.as("admin", () -> purge.restart(execution));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted));

    for (OpenedCase opened : List.of(first, second, third)) {
      assertFalse(rows.exists(opened.id()));
      assertEquals(1, rows.tombstonesOf(opened.id()).size(), opened.number() + " purged once");
    }
  }

  /**
   * Every query that lists, counts or searches cases, as a figure that counts the marked case: a
   * list answers 1 when it holds the case, a count its value. A new query over cases belongs here.
   */
  private Map<String, Callable<Long>> whereTheCaseShows(
      Desk desk, OpenedCase marked, OpenedCase sibling, String marker, String link) {
    String agent = desk.agent();
    SearchQuery byMarker = new SearchQuery(marker, SearchMode.ANY_WORD, SearchScope.ALL);
    Map<String, Callable<Long>> probes = new LinkedHashMap<>();
    probes.put(
        "queue tab counts",
        () -> acting.as(agent, () -> queues.tabs()).stream().mapToLong(QueueTabCount::count).sum());
    probes.put(
        "queue tab pages",
        () ->
            acting.as(
                agent,
                () -> {
                  long tabs = 0;
                  for (QueueTabCount tab : queues.tabs()) {
                    tabs += holds(queues.page(tab.tab(), page()), marked);
                  }
                  return tabs;
                }));
    probes.put(
        "department queue",
        () -> holds(acting.as(agent, () -> queues.departmentQueue(page())), marked));
    probes.put(
        "department queue count",
        () -> acting.as(agent, () -> queues.departmentQueueCount(null)).value());
    probes.put(
        "queue export (CSV)",
        () -> acting.as(agent, () -> export.csv(null)).contains(marked.number()) ? 1L : 0L);
    probes.put(
        "search", () -> holds(acting.as(agent, () -> search.search(byMarker, page())), marked));
    probes.put("search count", () -> acting.as(agent, () -> search.count(byMarker)));
    probes.put(
        "similar cases",
        () ->
            holds(
                acting.as(agent, () -> search.search(search.similarTo(sibling.id()), page())),
                marked));
    probes.put(
        "client timeline",
        () -> holds(acting.as(agent, () -> cases.clientTimeline(sibling.id(), page())), marked));
    probes.put(
        "client timeline count",
        () -> acting.as(agent, () -> cases.countClientTimeline(sibling.id())));
    probes.put(
        "related cases",
        () -> holds(acting.as(agent, () -> links.related(sibling.id(), page())), marked));
    probes.put(
        "open cases of the party",
        () ->
            holds(
                acting.as(
                    agent,
                    () ->
                        links.openCasesOf(
                            cases.details(sibling.id()).partyId(), PageRequest.of(0, 200))),
                marked));
    probes.put(
        "party lookup by case number",
        () ->
            (long)
                acting
                    .as(agent, () -> parties.lookup(null, LookupBy.CASE_NUMBER, marked.number()))
                    .size());
    probes.put(
        "case page",
        () -> {
          try {
            acting.as(agent, () -> cases.details(marked.id()));
            return 1L;
          } catch (NotFoundException gone) {
            return 0L;
          }
        });
    probes.put(
        "knowledge page",
        () ->
            acting.as(agent, () -> faq.knowledge(page())).stream()
                .filter(item -> item.caseId() == marked.id())
                .count());
    probes.put(
        "REST API case list",
        () -> apiGet(desk.apiToken(), "cases?size=50").contains(marked.number()) ? 1L : 0L);
    probes.put(
        "statistics",
        () ->
            acting
                .as(
                    desk.supervisor(),
                    () ->
                        statistics.of(
                            new StatisticsFilter(
                                LocalDate.now().minusDays(1), LocalDate.now(), null)))
                .opened());
    probes.put(
        "public response page", () -> responses.view(link).state() == State.UNKNOWN ? 0L : 1L);
    return probes;
  }

  private static Map<String, Long> read(Map<String, Callable<Long>> probes) throws Exception {
    Map<String, Long> figures = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<Long>> probe : probes.entrySet()) {
      figures.put(probe.getKey(), probe.getValue().call());
    }
    return figures;
  }

  private static long holds(List<CaseSummary> list, OpenedCase marked) {
    return list.stream().anyMatch(row -> row.id() == marked.id()) ? 1L : 0L;
  }

  private static PageRequest page() {
    return PageRequest.of(0, 50);
  }

  /**
   * A company of the test's own: a desk, an agent who may delete cases, a supervisor, and an intake
   * API client of the desk that reads cases.
   */
  private Desk desk() throws Exception {
    String company = teams.company();
    long department = teams.department(company);
    String token =
        acting
            .as(
                "admin",
                () ->
                    apiClients.create(
                        new NewApiClient(
                            "Lixeira " + unique(),
                            department,
                            1,
                            Set.of(ApiScope.CASES_READ),
                            6000)))
            .token();
    return new Desk(
        company,
        teams.agent(department, "pt-BR", EnumSet.of(Permission.CASE_DELETE), Role.AGENT),
        teams.agent(department, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR),
        token);
  }

  private record Desk(String company, String agent, String supervisor, String apiToken) {}

  /** A GET of the intake API, over HTTP as its clients call it; the body. */
  private static String apiGet(String token, String path) throws Exception {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/atende/api/v1/" + path))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private OpenedCase open(String login, String subject, boolean assignToMe) throws Exception {
    return openings.open(
        login, "Maria", subject, "Pedido: " + subject, Priority.NORMAL, null, assignToMe);
  }

  /** Moves the case to the trash as the desk's agent; returns the case's audit rows then. */
  private long moveToTrash(Desk desk, OpenedCase opened) throws Exception {
    long version = acting.as(desk.agent(), () -> cases.details(opened.id()).version());
    acting.as(
        desk.agent(),
        () -> {
          trash.moveToTrash(opened.id(), version);
          return null;
        });
    return rows.auditRowsOf(opened.id());
  }

  private Void note(long caseId, String text, boolean publishable) {
    discussion.addNote(new AddNoteCommand(caseId, text, false, publishable, List.of()));
    return null;
  }

  private static byte[] pdf() {
    return "%PDF-1.7\n trash ".getBytes(StandardCharsets.US_ASCII);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
