package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.calendar.application.HolidayAdminService;
import br.com.atende.calendar.model.BusinessCalendar;
import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.overdue.OverdueSweep;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.DueDateWrites;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Role;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.queue.application.QueueTabCount;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.sql.StatementRecorder;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Due dates (issue 12, seed 001 §2–3): set by the status a case enters on the company's business
 * calendar, the "Hoje" tabs listing exactly the cases due today or before, and the overdue flag the
 * sweep sets and an agent's change clears, audited.
 */
@ExtendWith(ArquillianExtension.class)
class DueDatesIT {

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject DueDateWrites dueDates;

  @Inject MailRows mail;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject QueueService queues;

  @Inject OverdueSweep sweep;

  @Inject HolidayAdminService holidays;

  @Test
  void theTodayTabListsExactlyTheCasesBeingWorkedDueTodayOrBeforeOldestDueFirst() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String supervisor = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    LocalDate today = LocalDate.now();

    long pendingLastWeek = open(agent, true);
    move(agent, pendingLastWeek, CaseStatus.PENDING);
    dueDates.dueOn(pendingLastWeek, today.minusDays(7).atTime(10, 0));
    long dueYesterday = open(agent, true);
    dueDates.dueOn(dueYesterday, today.minusDays(1).atTime(18, 0));
    long dueTonight = open(agent, true);
    dueDates.dueOn(dueTonight, today.atTime(23, 59));
    long dueAtMidnight = open(agent, true);
    dueDates.dueOn(dueAtMidnight, today.plusDays(1).atStartOfDay());
    long withoutDueDate = open(agent, true);
    long concludedLongAgo = open(agent, true);
    move(agent, concludedLongAgo, CaseStatus.SOLVED);
    move(agent, concludedLongAgo, CaseStatus.NOTIFIED);
    dueDates.dueOn(concludedLongAgo, today.minusDays(30).atTime(9, 0));
    long solvedNotYetTold = open(agent, true);
    move(agent, solvedNotYetTold, CaseStatus.SOLVED);
    dueDates.dueOn(solvedNotYetTold, today.minusDays(2).atTime(9, 0));
    long unheld = open(agent, false);
    dueDates.dueOn(unheld, today.minusDays(3).atTime(9, 0));
    long colleagues = open(colleague, true);
    dueDates.dueOn(colleagues, today.minusDays(4).atTime(9, 0));

    assertEquals(List.of(pendingLastWeek, dueYesterday, dueTonight), ids(agent, QueueTab.TODAY));
    assertEquals(3, count(agent, QueueTab.TODAY).count());
    assertFalse(count(agent, QueueTab.TODAY).capped());
    assertEquals(
        List.of(pendingLastWeek, colleagues, dueYesterday, dueTonight),
        ids(supervisor, QueueTab.TEAM_TODAY));
    assertEquals(4, count(supervisor, QueueTab.TEAM_TODAY).count());
    assertEquals(List.of(colleagues), ids(colleague, QueueTab.TODAY));
    assertFalse(
        ids(agent, QueueTab.TODAY).contains(dueAtMidnight)
            || ids(agent, QueueTab.TODAY).contains(withoutDueDate));
    assertThrows(
        BusinessException.class,
        () -> acting.as(agent, () -> queues.page(QueueTab.TEAM_TODAY, FIRST_PAGE)));
    assertTrue(
        acting.as(agent, () -> queues.tabs()).stream()
            .noneMatch(tab -> tab.tab() == QueueTab.TEAM_TODAY));
  }

  @Test
  void theTodayTabNamesItsStatusesAsLiteralsForThePartialIndexesOfPostgreSql() throws Exception {
    List<String> statements;
    try (StatementRecorder.Recording recording = StatementRecorder.onThisThread()) {
      acting.as("ana", () -> queues.page(QueueTab.TODAY, FIRST_PAGE));
      statements = recording.statements();
    }
    String page =
        statements.stream()
            .filter(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("due_date <"))
            .findFirst()
            .orElseThrow();
    // Bound, the statuses would leave a generic plan only the due-date index of every case ever.
    assertTrue(
        page.contains("'WAITING_THIRD_PARTY'") && page.contains("'PAUSED'"),
        () -> "the statuses are literals in: " + page);
  }

  @Test
  void enteringPendingMakesTheCaseDueAtTheEndOfTheCompanysNextWorkingDay() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    LocalDate today = LocalDate.now();
    LocalDate nextWorkingDay = new BusinessCalendar(Set.of(), false).nextWorkingDay(today);
    long companyId =
        acting.as(
            "admin",
            () ->
                holidays.companies().stream()
                    .filter(c -> c.name().endsWith(company))
                    .findFirst()
                    .orElseThrow()
                    .id());
    acting.as("admin", () -> holidays.addHoliday(companyId, nextWorkingDay, "Aniversário"));
    long caseId = open(agent, true);

    move(agent, caseId, CaseStatus.PENDING);

    LocalDate expected = new BusinessCalendar(Set.of(nextWorkingDay), false).nextWorkingDay(today);
    assertEquals(expected.atTime(23, 59), details(agent, caseId).dueDate());
    assertTrue(
        audit(agent, caseId).stream().anyMatch(a -> a.field().equals("dueDate")),
        "the new due date is audited");
  }

  @Test
  void waitingNeedsTheAgreedDateWhichBecomesTheDueDate() throws Exception {
    long caseId = open("ana", true);
    CaseDetails before = details("ana", caseId);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> move("ana", caseId, CaseStatus.WAITING_THIRD_PARTY, null));
    assertEquals("agreedDate", refused.field());
    assertEquals(CaseStatus.IN_PROGRESS, details("ana", caseId).status());
    assertEquals(before.version(), details("ana", caseId).version());

    LocalDate agreed = LocalDate.now().plusDays(5);
    move("ana", caseId, CaseStatus.WAITING_THIRD_PARTY, agreed);
    assertEquals(agreed.atTime(23, 59), details("ana", caseId).dueDate());
  }

  @Test
  void schedulingMakesTheCaseDueOnTheDayOfTheVisit() throws Exception {
    long caseId = open("ana", true);
    LocalDateTime visit = LocalDateTime.now().plusDays(3).withHour(14).withMinute(0).withNano(0);
    acting.as(
        "ana",
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    caseId, version("ana", caseId), CaseStatus.SCHEDULED, visit, null)));
    assertEquals(visit.toLocalDate().atTime(23, 59), details("ana", caseId).dueDate());
  }

  @Test
  void theSweepFlagsAuditsAndTellsTheHolderAndADueDateMovedByHandWithANoteClearsTheFlag()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    long caseId = open(agent, true);
    dueDates.dueOn(caseId, LocalDateTime.now().minusDays(1));

    long execution = acting.as("carla", () -> sweep.start(LocalDateTime.now()));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));

    assertTrue(details(agent, caseId).overdue());
    AuditItem flagged = latest(agent, caseId, "overdue");
    assertEquals("true", flagged.newValue());
    assertNull(flagged.changedBy(), "the sweep is no agent");
    assertEquals(1, mail.emailsOf(caseId, "case-overdue:"));

    LocalDateTime tomorrow = LocalDate.now().plusDays(1).atTime(18, 0);
    InvalidInputException noNote =
        assertThrows(InvalidInputException.class, () -> editDueDate(agent, caseId, tomorrow, " "));
    assertEquals("dueDateNote", noNote.field());
    assertTrue(details(agent, caseId).overdue());

    editDueDate(agent, caseId, tomorrow, "Cliente pediu até amanhã.");

    CaseDetails moved = details(agent, caseId);
    assertFalse(moved.overdue());
    assertEquals(tomorrow, moved.dueDate());
    AuditItem cleared = latest(agent, caseId, "overdue");
    assertEquals("false", cleared.newValue());
    assertEquals("Agente " + agent, cleared.changedBy());

    long again = acting.as("carla", () -> sweep.start(LocalDateTime.now()));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(again));
    assertFalse(details(agent, caseId).overdue(), "a case due tomorrow is not flagged again");
  }

  @Test
  void concludingAnOverdueCaseClearsTheFlagAudited() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "en", Set.of(), Role.AGENT);
    long caseId = open(agent, true);
    dueDates.dueOn(caseId, LocalDateTime.now().minusDays(2));
    assertEquals(
        BatchStatus.COMPLETED,
        awaitEnd(acting.as("carla", () -> sweep.start(LocalDateTime.now()))));
    assertTrue(details(agent, caseId).overdue());

    move(agent, caseId, CaseStatus.SOLVED);
    assertTrue(details(agent, caseId).overdue(), "solved, the client is still to be told");
    move(agent, caseId, CaseStatus.NOTIFIED);

    assertFalse(details(agent, caseId).overdue());
    AuditItem cleared = latest(agent, caseId, "overdue");
    assertEquals("false", cleared.newValue());
  }

  @Test
  void onlyAnAdministratorKeepsCompanyHolidaysAndANationalHolidayOrATakenDayIsRefused()
      throws Exception {
    String company = teams.company();
    long companyId = companyId(company);
    LocalDate anniversary = LocalDate.now().plusMonths(2).withDayOfMonth(10);
    while (!new BusinessCalendar(Set.of(), false).isWorkingDay(anniversary)) {
      anniversary = anniversary.plusDays(1);
    }
    LocalDate day = anniversary;

    assertThrows(
        EJBAccessException.class,
        () -> acting.as("carla", () -> holidays.addHoliday(companyId, day, "Aniversário")));
    acting.as("admin", () -> holidays.addHoliday(companyId, day, "Aniversário"));
    InvalidInputException taken =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as("admin", () -> holidays.addHoliday(companyId, day, "Outro")));
    assertEquals("error.holiday.taken", taken.messageKey());
    InvalidInputException national =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "admin",
                    () ->
                        holidays.addHoliday(
                            companyId, LocalDate.of(day.getYear(), 12, 25), "Natal")));
    assertEquals("holidayDate", national.field());

    assertEquals(
        List.of("Aniversário"),
        acting.as("admin", () -> holidays.holidays(companyId, FIRST_PAGE)).stream()
            .map(h -> h.name())
            .toList());
    assertEquals(1, acting.as("admin", () -> holidays.countHolidays(companyId)).value());
    assertFalse(acting.as("admin", () -> holidays.worksCarnival(companyId)));
    acting.as(
        "admin",
        () -> {
          holidays.setWorksCarnival(companyId, true);
          return null;
        });
    assertTrue(acting.as("admin", () -> holidays.worksCarnival(companyId)));
  }

  private long companyId(String code) throws Exception {
    return acting.as(
        "admin",
        () ->
            holidays.companies().stream()
                .filter(c -> c.name().endsWith(code))
                .findFirst()
                .orElseThrow()
                .id());
  }

  private long open(String login, boolean assignToMe) throws Exception {
    OpenedCase opened =
        openings.open(
            login,
            "Maria Oliveira",
            "Prazo " + System.nanoTime(),
            "Verificar o prazo.",
            Priority.NORMAL,
            null,
            assignToMe);
    return opened.id();
  }

  private void move(String login, long caseId, CaseStatus status) throws Exception {
    move(login, caseId, status, null);
  }

  private void move(String login, long caseId, CaseStatus status, LocalDate agreed)
      throws Exception {
    acting.as(
        login,
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    caseId, version(login, caseId), status, null, null, agreed)));
  }

  private void editDueDate(String login, long caseId, LocalDateTime dueDate, String note)
      throws Exception {
    CaseDetails details = details(login, caseId);
    acting.as(
        login,
        () ->
            cases.edit(
                new EditCaseCommand(
                    details.id(),
                    details.version(),
                    details.subject(),
                    details.request(),
                    details.priority(),
                    dueDate,
                    details.caseTypeId(),
                    details.classificationId(),
                    details.categoryId(),
                    details.productId(),
                    details.moduleId(),
                    note)));
  }

  private long version(String login, long caseId) throws Exception {
    return details(login, caseId).version();
  }

  private CaseDetails details(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId));
  }

  private List<AuditItem> audit(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.auditTrail(caseId, FIRST_PAGE));
  }

  /** The newest audit row of a field (the trail is newest first). */
  private AuditItem latest(String login, long caseId, String field) throws Exception {
    return audit(login, caseId).stream()
        .filter(a -> a.field().equals(field))
        .findFirst()
        .orElseThrow();
  }

  private List<Long> ids(String login, QueueTab tab) throws Exception {
    return acting.as(login, () -> queues.page(tab, FIRST_PAGE)).stream()
        .map(row -> row.id())
        .toList();
  }

  private QueueTabCount count(String login, QueueTab tab) throws Exception {
    return acting.as(login, () -> queues.tabs()).stream()
        .filter(c -> c.tab() == tab)
        .findFirst()
        .orElseThrow();
  }
}
