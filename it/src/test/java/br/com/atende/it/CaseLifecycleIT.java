package br.com.atende.it;

import static br.com.atende.it.support.CappedCounts.assertMoved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddSolutionCommand;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.SolutionItem;
import br.com.atende.cases.application.StatusHistoryItem;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.queue.application.QueueService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The status lifecycle, the discussion and optimistic locking, through the EJB services. */
@ExtendWith(ArquillianExtension.class)
class CaseLifecycleIT {

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject QueueService queues;

  @Inject CaseStatusService statuses;

  @Inject DiscussionService discussion;

  @Inject AgentDirectory agents;

  @Test
  void schedulingRecordsTheAgreedDateAHistoryRowAndADiscussionEntry() throws Exception {
    CaseDetails held = openHeldBy("ana");
    LocalDateTime agreed = LocalDateTime.now().plusDays(2).withNano(0);

    acting.as(
        "ana",
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    held.id(), held.version(), CaseStatus.SCHEDULED, agreed, "Visita combinada")));

    CaseDetails scheduled = details("ana", held.id());
    assertEquals(CaseStatus.SCHEDULED, scheduled.status());
    assertEquals(1, scheduled.schedulingCount());
    assertEquals(agreed, scheduled.scheduledFor());
    List<StatusHistoryItem> history =
        acting.as("ana", () -> statuses.statusHistory(held.id(), PageRequest.of(0, 10)));
    StatusHistoryItem last = history.get(history.size() - 1);
    assertEquals(CaseStatus.IN_PROGRESS, last.fromStatus());
    assertEquals(CaseStatus.SCHEDULED, last.toStatus());
    assertEquals("Ana Souza", last.changedByName());
    DiscussionItem entry =
        acting.as("ana", () -> discussion.discussion(held.id(), PageRequest.of(0, 1))).get(0);
    assertEquals(DiscussionKind.STATUS_CHANGE, entry.kind());
    assertEquals(CaseStatus.SCHEDULED, entry.toStatus());
    assertEquals("Visita combinada", entry.body());
  }

  @Test
  void schedulingWithoutAnAgreedDateIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
    CaseDetails held = openHeldBy("ana");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () ->
                        statuses.changeStatus(
                            new ChangeStatusCommand(
                                held.id(), held.version(), CaseStatus.SCHEDULED, null, null))));
    assertEquals("scheduledFor", refused.field());
    assertEquals(CaseStatus.IN_PROGRESS, details("ana", held.id()).status());
    assertEquals(0, acting.as("ana", () -> statuses.countStatusHistory(held.id())));
  }

  @Test
  void concludingSetsTheClosingTimeAndReopeningClearsIt() throws Exception {
    CaseDetails held = openHeldBy("ana");
    long version = move("ana", held.id(), held.version(), CaseStatus.SOLVED);
    version = move("ana", held.id(), version, CaseStatus.NOTIFIED);
    assertNotNull(details("ana", held.id()).closedAt());

    move("ana", held.id(), version, CaseStatus.IN_PROGRESS);
    CaseDetails reopened = details("ana", held.id());
    assertEquals(CaseStatus.IN_PROGRESS, reopened.status());
    assertNull(reopened.closedAt());
    assertEquals(3, acting.as("ana", () -> statuses.countStatusHistory(held.id())));
  }

  @Test
  void pendingVoicemailBlocksConcludingUntilTheClientIsReached() throws Exception {
    CaseDetails held = openHeldBy("ana");
    long version = acting.as("ana", () -> statuses.recordVoicemail(held.id(), held.version()));

    BusinessException blocked =
        assertThrows(
            BusinessException.class, () -> move("ana", held.id(), version, CaseStatus.SOLVED));
    assertEquals("error.status.voicemailPending", blocked.messageKey());

    long cleared = acting.as("ana", () -> statuses.clearVoicemail(held.id(), version));
    move("ana", held.id(), cleared, CaseStatus.SOLVED);
    assertEquals(CaseStatus.SOLVED, details("ana", held.id()).status());
    List<String> counter =
        acting.as("ana", () -> cases.auditTrail(held.id(), PageRequest.of(0, 20))).stream()
            .filter(item -> item.field().equals("voicemailMessages"))
            .map(item -> item.oldValue() + "->" + item.newValue())
            .toList();
    assertEquals(List.of("1->0", "0->1"), counter, "the counter is audited, newest first");
  }

  @Test
  void anAgentWhoDoesNotHoldTheCaseMayOnlyTakeANewOne() throws Exception {
    CaseDetails held = openHeldBy("ana");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> move("bruno", held.id(), held.version(), CaseStatus.PAUSED));
    assertEquals("error.status.notHolder", refused.messageKey());

    CaseDetails unheld = open("ana", false);
    move("bruno", unheld.id(), unheld.version(), CaseStatus.IN_PROGRESS);
    assertEquals("Bruno Lima", details("bruno", unheld.id()).holderName());
  }

  @Test
  void theSecondOfTwoAgentsSavingTheSameVersionIsToldWhoChangedItAndNothingIsOverwritten()
      throws Exception {
    CaseDetails held = openHeldBy("ana");
    // Both the holder and her supervisor look at the same version; the supervisor saves first.
    move("carla", held.id(), held.version(), CaseStatus.PAUSED);

    ConcurrentChangeException second =
        assertThrows(
            ConcurrentChangeException.class,
            () -> move("ana", held.id(), held.version(), CaseStatus.PENDING));
    assertEquals("error.concurrentChange", second.messageKey());
    assertEquals("Carla Mendes", second.arguments()[0]);
    assertEquals(CaseStatus.PAUSED, details("ana", held.id()).status());
  }

  @Test
  void notesAreAppendedNewestFirstAndInternalNotesAreNeverPublishable() throws Exception {
    CaseDetails held = openHeldBy("ana");
    note("ana", new AddNoteCommand(held.id(), "Primeiro contato", false, true));
    // The department's supervisor writes to the case; a colleague who only sees it may not.
    note("carla", new AddNoteCommand(held.id(), "Só para a equipe", true, true));

    List<DiscussionItem> entries =
        acting.as("ana", () -> discussion.discussion(held.id(), PageRequest.of(0, 10))).stream()
            .filter(entry -> entry.kind() == DiscussionKind.LOG)
            .toList();
    assertEquals(2, entries.size());
    assertEquals("Só para a equipe", entries.get(0).body());
    assertTrue(entries.get(0).internal());
    assertFalse(entries.get(0).publishable());
    assertEquals("Carla Mendes", entries.get(0).authorName());
    assertTrue(entries.get(1).publishable());
  }

  @Test
  void richTextIsStoredWithoutScriptsOrEventHandlers() throws Exception {
    CaseDetails held = openHeldBy("ana");
    note(
        "ana",
        new AddNoteCommand(
            held.id(),
            "<p onclick=\"steal()\"><strong>Reiniciei</strong> o serviço</p><script>alert(1)</script>",
            false,
            false));

    String body =
        acting
            .as("ana", () -> discussion.discussion(held.id(), PageRequest.of(0, 1)))
            .get(0)
            .body();
    assertEquals("<p><strong>Reiniciei</strong> o serviço</p>", body);
  }

  @Test
  void solutionsAreListedNewestFirstAndAnEmptyEditorIsRefused() throws Exception {
    CaseDetails held = openHeldBy("ana");
    solution("ana", new AddSolutionCommand(held.id(), "<p>Troquei o cabo.</p>"));
    solution("carla", new AddSolutionCommand(held.id(), "<p>Testei a impressão: ok.</p>"));

    List<SolutionItem> solutions =
        acting.as("ana", () -> discussion.solutions(held.id(), PageRequest.of(0, 10)));
    assertEquals(2, solutions.size());
    assertEquals("<p>Testei a impressão: ok.</p>", solutions.get(0).body());
    assertEquals("Carla Mendes", solutions.get(0).authorName());
    assertEquals(2, acting.as("ana", () -> discussion.countSolutions(held.id())));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> solution("ana", new AddSolutionCommand(held.id(), "<p><br></p>")));
    assertEquals("text", refused.field());
  }

  @Test
  void anEmptyNoteIsRefusedNamingTheField() throws Exception {
    CaseDetails held = openHeldBy("ana");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> note("ana", new AddNoteCommand(held.id(), " ", false, false)));
    assertEquals("text", refused.field());
  }

  @Test
  void anAgentWithClearanceOneFindsALevelTwoCaseOnlyOnceSheHoldsIt() throws Exception {
    // Carla (supervisor) opens a case, unheld, and raises it to level 2; ana's clearance is 1.
    CaseDetails opened = open("carla", false);
    acting.as("carla", () -> cases.changeAccessLevel(opened.id(), opened.version(), 2));
    CappedCount before = acting.as("ana", () -> queues.departmentQueueCount(null));

    assertThrows(BusinessException.class, () -> details("ana", opened.id()));
    assertFalse(queueOf("ana").contains(opened.id()));
    assertThrows(
        BusinessException.class,
        () -> note("ana", new AddNoteCommand(opened.id(), "x", false, false)));

    long anaId = acting.as("ana", () -> agents.currentAgent().getId());
    CaseDetails raised = details("carla", opened.id());
    acting.as("carla", () -> cases.assign(opened.id(), raised.version(), anaId));

    assertEquals(2, details("ana", opened.id()).accessLevel());
    assertTrue(queueOf("ana").contains(opened.id()));
    assertMoved(before, 1, acting.as("ana", () -> queues.departmentQueueCount(null)));
  }

  @Test
  void onlyASupervisorChangesTheAccessLevel() throws Exception {
    CaseDetails held = openHeldBy("ana");
    assertThrows(
        Exception.class,
        () -> acting.as("ana", () -> cases.changeAccessLevel(held.id(), held.version(), 0)));
    assertEquals(0, details("ana", held.id()).accessLevel());
  }

  private void note(String login, AddNoteCommand command) throws Exception {
    acting.as(
        login,
        () -> {
          discussion.addNote(command);
          return null;
        });
  }

  private void solution(String login, AddSolutionCommand command) throws Exception {
    acting.as(
        login,
        () -> {
          discussion.addSolution(command);
          return null;
        });
  }

  private List<Long> queueOf(String login) throws Exception {
    return acting.as(login, () -> queues.departmentQueue(PageRequest.of(0, 200))).stream()
        .map(summary -> summary.id())
        .toList();
  }

  private long move(String login, long caseId, long version, CaseStatus target) throws Exception {
    return acting.as(
        login,
        () -> statuses.changeStatus(new ChangeStatusCommand(caseId, version, target, null, null)));
  }

  private CaseDetails details(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId));
  }

  private CaseDetails openHeldBy(String login) throws Exception {
    return open(login, true);
  }

  private CaseDetails open(String login, boolean assignToMe) throws Exception {
    OpenedCase opened =
        openings.open(
            login,
            "Maria",
            "Ciclo de vida " + UUID.randomUUID().toString().substring(0, 8),
            "Verificar o ciclo de vida.",
            Priority.NORMAL,
            null,
            assignToMe);
    return details(login, opened.id());
  }
}
