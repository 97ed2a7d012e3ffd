package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.it.support.TimeRows;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Database;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.application.ContractRow;
import br.com.atende.timekeeping.application.DeskRow;
import br.com.atende.timekeeping.application.EntryTemplateRow;
import br.com.atende.timekeeping.application.LogTimeCommand;
import br.com.atende.timekeeping.application.ServiceRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.timekeeping.application.TimeEntryService;
import br.com.atende.timekeeping.application.TimePanel;
import br.com.atende.timekeeping.application.TimeSummary;
import br.com.atende.timekeeping.model.EntryMode;
import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.ServiceType;
import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.timekeeping.model.ValuationKind;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Time entries on a case (issue 12): one agent's entries never overlap even when two saves race; a
 * desk that requires an entry refuses to conclude a case without one, naming the rule; and only an
 * agent who sees the case logs or reads its time.
 */
@ExtendWith(ArquillianExtension.class)
class TimeEntriesIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject TimeEntryService time;

  @Inject TimeAdminService timeAdmin;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject CaseService cases;

  @Inject MailRows mail;

  @Inject TimeRows timeRows;

  @Inject Database database;

  private static LogTimeCommand entry(long caseId, LocalDate day, String start, String end) {
    return new LogTimeCommand(
        caseId,
        null,
        0,
        day,
        LocalTime.parse(start),
        LocalTime.parse(end),
        Nature.REMOTE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Acesso remoto ao servidor do cliente",
        false);
  }

  private long caseOf(String login) throws Exception {
    return openings
        .open(login, "Maria Oliveira", "Apontamento", "Pedido", Priority.NORMAL, null, true)
        .id();
  }

  private String agentOfNewDesk() {
    long desk = teams.department(teams.company());
    return teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
  }

  @Test
  void twoOverlappingEntriesOfOneAgentSavedAtOnceLeaveExactlyOne() throws Exception {
    String agent = agentOfNewDesk();
    long first = caseOf(agent);
    long second = caseOf(agent);
    int rounds = 5;
    AtomicInteger saved = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    for (int round = 0; round < rounds; round++) {
      LocalDate day = DAY.plusDays(round);
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      // The same agent, on two cases, for 09:00-10:00 and 09:30-11:00 of the same day.
      for (LogTimeCommand command :
          List.of(entry(first, day, "09:00", "10:00"), entry(second, day, "09:30", "11:00"))) {
        Thread worker =
            new Thread(
                () -> {
                  try {
                    start.await();
                    acting.as(agent, () -> time.log(command));
                    saved.incrementAndGet();
                  } catch (BusinessException e) {
                    if ("error.time.overlap".equals(e.messageKey())) {
                      refused.incrementAndGet();
                    } else {
                      failures.add(e);
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
        threads.add(worker);
        worker.start();
      }
      start.countDown();
      for (Thread worker : threads) {
        worker.join(TimeUnit.MINUTES.toMillis(1));
      }
    }

    assertTrue(failures.isEmpty(), () -> "unexpected failures: " + failures);
    assertEquals(rounds, saved.get(), "one entry saved per round");
    assertEquals(rounds, refused.get(), "the other refused as an overlap");
    long entries =
        acting.as(agent, () -> time.panel(first, PageRequest.of(0, 10)).summary().entries())
            + acting.as(agent, () -> time.panel(second, PageRequest.of(0, 10)).summary().entries());
    assertEquals(rounds, entries);
  }

  @Test
  void entriesThatOnlyTouchOrCrossMidnightWithoutOverlapAreAllSaved() throws Exception {
    String agent = agentOfNewDesk();
    long caseId = caseOf(agent);
    acting.as(agent, () -> time.log(entry(caseId, DAY, "08:00", "09:00")));
    acting.as(agent, () -> time.log(entry(caseId, DAY, "09:00", "10:00")));
    acting.as(agent, () -> time.log(entry(caseId, DAY, "23:00", "01:00")));
    BusinessException overlap =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(agent, () -> time.log(entry(caseId, DAY.plusDays(1), "00:30", "02:00"))));
    assertEquals("error.time.overlap", overlap.messageKey());

    TimePanel panel = acting.as(agent, () -> time.panel(caseId, PageRequest.of(0, 10)));
    assertEquals(3, panel.summary().entries());
    assertEquals(240, panel.summary().minutes());
    assertEquals(DAY.plusDays(1).atTime(1, 0), panel.firstPage().get(0).end());
  }

  @Test
  void theSummaryAddsUpTheEntriesOfEveryAgentWhoWorkedOnTheCaseAndNamesEachOnce() throws Exception {
    long desk = teams.department(teams.company());
    String holder = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    long caseId = caseOf(holder);
    acting.as(holder, () -> time.log(entry(caseId, DAY, "09:00", "10:00")));
    acting.as(holder, () -> time.log(entry(caseId, DAY, "13:00", "13:45")));
    // The colleague's entry (of one minute) written as an earlier holder of the case would have.
    timeRows.insertDirectly(caseId, teams.agentId(colleague), DAY.atTime(10, 0), DAY.atTime(10, 1));

    TimeSummary summary =
        acting.as(holder, () -> time.panel(caseId, PageRequest.of(0, 10))).summary();

    assertEquals(3, summary.entries());
    assertEquals(60 + 45 + 1, summary.minutes());
    assertEquals("1:46", summary.hours());
    assertEquals(2, summary.agents().size(), () -> "each agent named once: " + summary.agents());
  }

  @Test
  void aDeskThatRequiresAnEntryRefusesToConcludeACaseWithoutOneNamingTheRule() throws Exception {
    long desk = teams.department(teams.company());
    String agent = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    acting.as(
        "admin",
        () -> {
          timeAdmin.saveDesk(new DeskRow(desk, null, null, EntryMode.WITHOUT_VALUATION, true));
          return null;
        });
    long caseId = caseOf(agent);

    BusinessException refused =
        assertThrows(BusinessException.class, () -> conclude(agent, caseId));
    assertEquals("error.time.entryRequired", refused.messageKey());
    assertEquals("status", refused.field());
    assertTrue(
        acting.as(agent, () -> statuses.nextStatuses(caseId)).contains(CaseStatus.NOTIFIED),
        "still open: it may still be concluded");

    acting.as(agent, () -> time.log(entry(caseId, DAY, "14:00", "14:45")));
    conclude(agent, caseId);
    assertTrue(
        acting.as(agent, () -> statuses.nextStatuses(caseId)).contains(CaseStatus.IN_PROGRESS),
        "concluded: it may be reopened");
  }

  private void conclude(String agent, long caseId) throws Exception {
    acting.as(
        agent,
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    caseId, forwarding.state(caseId).version(), CaseStatus.NOTIFIED, null, null)));
  }

  @Test
  void anAgentWhoCannotSeeTheCaseNeitherLogsNorReadsItsTime() throws Exception {
    String holder = agentOfNewDesk();
    String stranger = agentOfNewDesk();
    long caseId = caseOf(holder);

    long entryId = acting.as(holder, () -> time.log(entry(caseId, DAY, "10:00", "11:30")));
    TimePanel seen = acting.as(holder, () -> time.panel(caseId, PageRequest.of(0, 10)));
    assertEquals(1, seen.summary().entries());
    assertEquals(entryId, seen.firstPage().get(0).id());
    assertEquals("1:30", seen.summary().hours());

    assertThrows(
        NotFoundException.class,
        () -> acting.as(stranger, () -> time.panel(caseId, PageRequest.of(0, 10))));
    assertThrows(
        NotFoundException.class,
        () -> acting.as(stranger, () -> time.entries(caseId, PageRequest.of(0, 10))));
    assertThrows(
        NotFoundException.class,
        () -> acting.as(stranger, () -> time.log(entry(caseId, DAY, "12:00", "13:00"))));
    assertThrows(
        NotFoundException.class,
        () ->
            acting.as(
                stranger,
                () -> {
                  time.delete(caseId, entryId, seen.firstPage().get(0).version());
                  return null;
                }));
    assertEquals(
        1, acting.as(holder, () -> time.panel(caseId, PageRequest.of(0, 10))).summary().entries());
  }

  private static LogTimeCommand valued(
      long caseId,
      String start,
      String end,
      Nature nature,
      String travel,
      ServiceType type,
      Long contractId,
      Long serviceId,
      ValuationKind valuation,
      String manualValue,
      String reason,
      boolean sendAsReply) {
    return new LogTimeCommand(
        caseId,
        null,
        0,
        DAY,
        LocalTime.parse(start),
        LocalTime.parse(end),
        nature,
        travel == null ? null : new BigDecimal(travel),
        type,
        contractId,
        serviceId,
        valuation,
        manualValue == null ? null : new BigDecimal(manualValue),
        reason,
        "Visita técnica ao cliente",
        sendAsReply);
  }

  @Test
  void entriesOfADeskWithValuationAreValuedByContractServiceWarrantyOrByHand() throws Exception {
    long desk = teams.department(teams.company());
    String agent = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String supervisor =
        teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
    long party = openings.partyId(agent, "Maria Oliveira");
    long[] rates =
        acting.as(
            "admin",
            () -> {
              timeAdmin.saveDesk(new DeskRow(desk, null, null, EntryMode.WITH_VALUATION, false));
              long contract =
                  timeAdmin.saveContract(
                      new ContractRow(
                          null,
                          0,
                          party,
                          null,
                          "Suporte mensal",
                          RateBasis.HOURLY,
                          new BigDecimal("120.00"),
                          TravelBasis.PER_KM,
                          new BigDecimal("1.50"),
                          DAY.minusDays(30),
                          null));
              long service =
                  timeAdmin.saveService(
                      new ServiceRow(
                          null,
                          0,
                          null,
                          null,
                          "Chamado avulso " + System.nanoTime(),
                          RateBasis.PER_CALL,
                          new BigDecimal("80.00"),
                          null,
                          null,
                          true));
              return new long[] {contract, service};
            });
    long caseId = caseOf(agent);

    // 90 minutes at 120.00/h plus 10 km at 1.50; the description also goes to the client.
    acting.as(
        agent,
        () ->
            time.log(
                valued(
                    caseId,
                    "09:00",
                    "10:30",
                    Nature.EXTERNAL,
                    "10",
                    ServiceType.CONTRACT,
                    rates[0],
                    null,
                    ValuationKind.RATED,
                    null,
                    null,
                    true)));
    acting.as(
        agent,
        () ->
            time.log(
                valued(
                    caseId,
                    "11:00",
                    "11:20",
                    Nature.REMOTE,
                    null,
                    ServiceType.STANDALONE,
                    null,
                    rates[1],
                    ValuationKind.WARRANTY,
                    null,
                    null,
                    false)));
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    agent,
                    () ->
                        time.log(
                            valued(
                                caseId,
                                "13:00",
                                "14:00",
                                Nature.INTERNAL,
                                null,
                                ServiceType.CONTRACT,
                                rates[0],
                                null,
                                ValuationKind.MANUAL,
                                "250",
                                null,
                                false))));
    assertEquals("manualReason", noReason.field());
    InvalidInputException remoteTravel =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    agent,
                    () ->
                        time.log(
                            valued(
                                caseId,
                                "13:00",
                                "14:00",
                                Nature.REMOTE,
                                "5",
                                ServiceType.CONTRACT,
                                rates[0],
                                null,
                                ValuationKind.RATED,
                                null,
                                null,
                                false))));
    assertEquals("travel", remoteTravel.field());
    acting.as(
        agent,
        () ->
            time.log(
                valued(
                    caseId,
                    "13:00",
                    "14:00",
                    Nature.INTERNAL,
                    null,
                    ServiceType.CONTRACT,
                    rates[0],
                    null,
                    ValuationKind.MANUAL,
                    "250",
                    "Acerto no local",
                    false)));

    TimePanel panel = acting.as(agent, () -> time.panel(caseId, PageRequest.of(0, 10)));
    assertEquals(3, panel.summary().entries());
    assertEquals(new BigDecimal("445.00"), panel.summary().value(), "195.00 + 0.00 + 250.00");
    assertEquals(new BigDecimal("80.00"), panel.summary().loss(), "the warranty call");
    assertEquals(1, panel.summary().travels());
    assertTrue(
        acting.as(agent, () -> time.form(caseId)).contracts().stream()
            .anyMatch(c -> c.id() == rates[0]),
        "the form offers the party's contract");
    assertEquals(1, mail.emailsOf(caseId, "case-email:"), "sent also as a reply");

    long entryId = panel.firstPage().get(0).id();
    long version = panel.firstPage().get(0).version();
    BusinessException notAuthor =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    colleague,
                    () -> {
                      time.delete(caseId, entryId, version);
                      return null;
                    }));
    assertEquals("error.time.notAuthor", notAuthor.messageKey());
    acting.as(
        supervisor,
        () -> {
          time.delete(caseId, entryId, version);
          return null;
        });
    List<AuditItem> audit =
        acting.as(supervisor, () -> cases.auditTrail(caseId, PageRequest.of(0, 20)));
    assertTrue(
        audit.stream()
            .anyMatch(a -> TimeEntryService.AUDIT_FIELD.equals(a.field()) && a.newValue() == null),
        () -> "the deletion is audited: " + audit);
    assertEquals(
        2, acting.as(agent, () -> time.panel(caseId, PageRequest.of(0, 10))).summary().entries());
  }

  @Test
  void onPostgreSqlTheDatabaseItselfRefusesAnOverlappingRowWrittenAroundTheService()
      throws Exception {
    String agent = agentOfNewDesk();
    long caseId = caseOf(agent);
    long agentId = teams.agentId(agent);
    acting.as(agent, () -> time.log(entry(caseId, DAY, "09:00", "10:00")));
    // Touching is allowed by the database too.
    timeRows.insertDirectly(caseId, agentId, DAY.atTime(10, 0), DAY.atTime(10, 30));
    if (database.isPostgreSQL()) {
      assertThrows(
          EJBException.class,
          () -> timeRows.insertDirectly(caseId, agentId, DAY.atTime(9, 30), DAY.atTime(9, 45)));
    } else {
      // H2 has no exclusion constraint: there only the service keeps entries apart.
      timeRows.insertDirectly(caseId, agentId, DAY.atTime(9, 30), DAY.atTime(9, 45));
    }
    assertEquals(
        database.isPostgreSQL() ? 2 : 3,
        acting.as(agent, () -> time.panel(caseId, PageRequest.of(0, 10))).summary().entries());
  }

  @Test
  void theTimeTabOffersTheEntryTemplatesOfTheAgentsGroupsOnlyAndOnlyAnAdministratorKeepsThem()
      throws Exception {
    long desk = teams.department(teams.company());
    String member = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String outsider = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    long group = teams.group(desk, member);
    EntryTemplateRow visit =
        new EntryTemplateRow(
            null, 0, group, null, "Visita preventiva", Nature.EXTERNAL, "Inspeção e limpeza");
    acting.as("admin", () -> timeAdmin.saveTemplate(visit));
    long memberCase = caseOf(member);
    long outsiderCase = caseOf(outsider);

    List<EntryTemplateRow> offered = acting.as(member, () -> time.form(memberCase)).templates();
    assertEquals(
        List.of("Visita preventiva"), offered.stream().map(EntryTemplateRow::name).toList());
    assertEquals(Nature.EXTERNAL, offered.get(0).nature());
    assertEquals("Inspeção e limpeza", offered.get(0).description());
    assertTrue(
        acting.as(outsider, () -> time.form(outsiderCase)).templates().isEmpty(),
        "an agent of no group of the template is not offered it");

    InvalidInputException unnamed =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "admin",
                    () ->
                        timeAdmin.saveTemplate(
                            new EntryTemplateRow(null, 0, group, null, " ", null, "Texto"))));
    assertEquals("name", unnamed.field());
    assertThrows(
        EJBAccessException.class, () -> acting.as(member, () -> timeAdmin.saveTemplate(visit)));
  }

  /**
   * The tab's budget: 6 statements on H2 (the agent, the case's write check, the case through the
   * access rule, the desk, the sums per agent, the page of entries), 10 when the panel also read
   * the form's choices and the agents' names apart.
   */
  private static final int TIME_TAB_BUDGET = 8;

  /**
   * A statement reading what the entry form offers: the contracts valid on a day, the templates.
   * (The entries' own statement joins contracts and services too, for their names.)
   */
  private static final Pattern FORM_CHOICES =
      Pattern.compile("valid_from|entry_template", Pattern.CASE_INSENSITIVE);

  @Test
  void theTimeTabIsBuiltOnlyWhenOpenedAndShowsTheEntriesWithinItsStatementBudget()
      throws Exception {
    String agent = agentOfNewDesk();
    long caseId = caseOf(agent);
    acting.as(agent, () -> time.log(entry(caseId, DAY, "10:00", "11:30")));
    AgentOverHttp browser = AgentOverHttp.loggedInAs(agent);
    String path = "cases/view.xhtml?id=" + caseId;
    String page = browser.get(path);
    assertFalse(page.contains("timeEntriesTable"), "the tab is empty until opened");

    AgentOverHttp.RecordedPage tab = browser.postAjax(path, openTab(page, "timeTab", 1));

    assertTrue(tab.html().contains("timeEntriesTable"), tab.html());
    assertTrue(tab.html().contains("Acesso remoto ao servidor do cliente"), "the entry is listed");
    assertTrue(tab.html().contains("1:30"), "the summary's hours");
    assertTrue(
        tab.statements().size() <= TIME_TAB_BUDGET,
        () -> tab.statements().size() + " statements: " + String.join("\n", tab.statements()));
    assertTrue(
        tab.statements().stream().noneMatch(sql -> FORM_CHOICES.matcher(sql).find()),
        () -> "the form's choices wait for the form: " + String.join("\n", tab.statements()));
  }

  @Test
  void theTimeAdministrationPageListsTheDesksForAnAdministrator() throws Exception {
    String page = AgentOverHttp.loggedInAs("admin", "admin/time.xhtml").get("admin/time.xhtml");
    assertTrue(page.contains("Suporte"), "the demo desk is listed");
    assertTrue(page.contains("contractsForm"), "the contracts panel");
  }

  /** The ajax request PrimeFaces sends to load a dynamic tab of the case page. */
  private static String openTab(String page, String tab, int index) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(state.find(), "the page has a view state");
    // PrimeFaces refuses a postback without the nonce of the page's Content-Security-Policy.
    Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
    assertTrue(nonce.find(), "the page's scripts carry a nonce");
    String tabs = "caseForm:tabs";
    String tabId = tabs + ":" + tab;
    return form(
        "jakarta.faces.partial.ajax",
        "true",
        "jakarta.faces.source",
        tabs,
        "jakarta.faces.partial.execute",
        tabs,
        "jakarta.faces.partial.render",
        tabs,
        "jakarta.faces.behavior.event",
        "tabChange",
        "jakarta.faces.partial.event",
        "tabChange",
        tabs + "_contentLoad",
        "true",
        tabs + "_newTab",
        tabId,
        tabs + "_currentTab",
        tabId,
        tabs + "_tabindex",
        String.valueOf(index),
        "caseForm",
        "caseForm",
        "jakarta.faces.ViewState",
        state.group(1),
        "primefaces.nonce",
        nonce.group(1));
  }

  private static String form(String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }
}
