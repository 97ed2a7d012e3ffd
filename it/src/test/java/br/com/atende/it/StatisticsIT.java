package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.CaseHistoryWrites;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.it.support.TrashRows;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.statistics.application.CaseStatistics;
import br.com.atende.statistics.application.DayTally;
import br.com.atende.statistics.application.Elapsed;
import br.com.atende.statistics.application.OverdueTally;
import br.com.atende.statistics.application.Ranking;
import br.com.atende.statistics.application.StatisticsCsv;
import br.com.atende.statistics.application.StatisticsFilter;
import br.com.atende.statistics.application.StatisticsService;
import br.com.atende.statistics.application.Tally;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisors' statistics (issue 13, SPEC C10): the database's figures over a generated set of
 * cases (counts, rankings by holder, times to the first answer and to the solution, due dates,
 * ratings) equal independent SQL, a case above the supervisor's clearance or in the trash is not
 * counted, every day of the period is listed, the CSV holds the tables with formulas neutralised,
 * and only supervisors ask, of their own company.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

  /** A past week, so that no case opened by other tests falls in it. */
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject CaseHistoryWrites history;

  @Inject TrashRows trash;

  @Inject StatisticsService statistics;

  @Test
  void theFiguresOfAGeneratedWeekEqualIndependentSqlWithinTheSupervisorsClearance()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    // A department named like a spreadsheet formula: the CSV must keep it text.
    long otherDesk = teams.department(company, "=SOMA(1;2)");
    String agent = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String colleague =
        teams.agent(otherDesk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String supervisor =
        teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
    long group = teams.group(desk, agent);
    Priority[] priorities = Priority.values();
    // Case 5 is above the supervisor's clearance and case 14 is in the trash: neither counts.
    for (int i = 0; i < 15; i++) {
      String opener = i % 3 == 0 ? colleague : agent;
      long caseId =
          openings
              .open(
                  opener,
                  "Maria Oliveira",
                  "Caso " + i,
                  "Pedido",
                  priorities[i % priorities.length],
                  null,
                  i % 2 == 0)
              .id();
      LocalDateTime opened = MONDAY.plusDays(i % 7).atTime(9 + i % 8, 15);
      history.openedAt(caseId, opened);
      history.heldBy(caseId, i % 2 == 0 ? opener : null, i % 5 == 1 ? group : null);
      LocalDateTime closed = opened.toLocalDate().plusDays(1).atTime(17, 0);
      if (i % 4 == 0) {
        history.closedAt(caseId, closed);
        history.rated(caseId, opener, closed.plusHours(1), new int[] {5, 4, 2, 5}[i / 4 % 4]);
      }
      if (i % 2 == 1 || i % 4 == 0) {
        history.due(caseId, opened.plusDays(i == 8 ? 2 : 1), i == 3 || i == 5 || i == 7);
      }
      if (i % 3 == 1 || i == 5 || i == 14) {
        // Neither an internal note nor the client's own reply is an answer to the client.
        history.note(caseId, agent, opened.plusMinutes(30), false);
        history.clientReply(caseId, opened.plusMinutes(45));
        history.note(caseId, agent, opened.plusHours(i), true);
        history.note(caseId, agent, opened.plusHours(i).plusDays(1), true);
      }
      if (i == 5) {
        history.level(caseId, 2);
        history.rated(caseId, agent, opened.plusHours(2), 1);
      }
      if (i == 14) {
        history.rated(caseId, agent, opened.plusHours(2), 1);
        trash.deletedDaysAgo(caseId, 1);
      }
      if (i == 1) {
        history.rated(caseId, agent, MONDAY.minusDays(1).atTime(12, 0), 1);
      }
    }
    long companyId = teams.companyId(company);
    LocalDate sunday = MONDAY.plusDays(6);
    LocalDate until = sunday.plusDays(1);

    CaseStatistics week =
        acting.as(supervisor, () -> statistics.of(new StatisticsFilter(MONDAY, sunday, null)));

    assertEquals(13, week.opened(), "the level-2 case and the deleted one are not counted");
    assertEquals(history.openedBy("status", companyId, MONDAY, until, 1), asMap(week.byStatus()));
    assertEquals(
        history.openedBy("priority", companyId, MONDAY, until, 1), asMap(week.byPriority()));
    assertEquals(7, week.perDay().size(), "every day of the period, zero or not");
    assertEquals(13, week.perDay().stream().mapToLong(DayTally::opened).sum());
    assertEquals(
        4,
        week.perDay().stream().mapToLong(DayTally::closed).sum(),
        "cases 0, 4, 8, 12 are closed the day after they opened, all within the week");

    assertEquals(
        history.openedByHolder("agent", "holder_id", companyId, MONDAY, until, 1),
        asMap(week.byAgent()));
    assertEquals(
        4, count(week.byAgent(), "Agente " + agent), "cases 2, 4, 8 and 10; 14 is deleted");
    assertEquals(3, count(week.byAgent(), "Agente " + colleague), "cases 0, 6 and 12");
    assertEquals(6, week.byAgent().nobody(), "the odd cases are held by nobody");
    assertEquals(
        history.openedByHolder("agent_group", "holding_group_id", companyId, MONDAY, until, 1),
        asMap(week.byGroup()));
    assertEquals(3, week.byGroup().top().get(0).count(), "cases 1, 6 and 11 are the group's");

    List<Long> answered =
        history.secondsFromOpeningTo(
            "(SELECT MIN(e.created_at) FROM discussion_entry e WHERE e.case_id = c.id"
                + " AND e.kind = 'LOG' AND e.publishable = TRUE AND e.created_at >= c.opened_at)",
            companyId,
            MONDAY,
            until,
            1);
    assertElapsed(answered, week.toFirstResponse());
    assertEquals(5, week.toFirstResponse().cases(), "cases 1, 4, 7, 10 and 13 were answered");
    assertEquals(7.0, week.toFirstResponse().getMedianHours(), "after 1, 4, 7, 10 and 13 hours");
    assertElapsed(
        history.secondsFromOpeningTo("c.closed_at", companyId, MONDAY, until, 1),
        week.toSolution());
    assertEquals(29.75 * 3600, week.toSolution().medianSeconds(), 0.5);

    OverdueTally overdue = week.overdue();
    assertEquals(
        history.openedWhere("c.due_date IS NOT NULL", companyId, MONDAY, until, 1),
        overdue.withDueDate());
    assertEquals(
        history.openedWhere("c.overdue = TRUE", companyId, MONDAY, until, 1), overdue.overdueNow());
    assertEquals(
        history.openedWhere("c.closed_at > c.due_date", companyId, MONDAY, until, 1),
        overdue.concludedLate());
    assertEquals(
        history.openedWhere("c.closed_at <= c.due_date", companyId, MONDAY, until, 1),
        overdue.onTime());
    assertEquals(new OverdueTally(10, 2, 3, 1), overdue);

    Map<Integer, Long> given = history.ratingsGiven(companyId, MONDAY, until, 1);
    for (int value = 1; value <= 5; value++) {
      assertEquals(
          given.getOrDefault(value, 0L), week.ratings().distribution().get(value - 1), "" + value);
    }
    assertEquals(List.of(0L, 1L, 0L, 1L, 2L), week.ratings().distribution());
    assertEquals(4.0, week.ratings().average(), 1e-9);

    CaseStatistics oneDesk =
        acting.as(supervisor, () -> statistics.of(new StatisticsFilter(MONDAY, sunday, otherDesk)));
    assertEquals(5, oneDesk.opened(), "cases 0, 3, 6, 9, 12 were opened in the other desk");
    assertEquals(2, oneDesk.ratings().count(), "of the other desk's, cases 0 and 12 were rated");

    String csv = StatisticsCsv.of(week, key -> key);
    assertTrue(
        csv.contains("\r\nstatistics.byAgent\r\nstatistics.agent,statistics.cases\r\n"), csv);
    assertTrue(csv.contains("\r\nAgente " + agent + ",4\r\n"), csv);
    assertTrue(csv.contains("\r\nstatistics.firstResponse,5,7.0,7.0\r\n"), csv);
    assertTrue(csv.contains("\r\n'=SOMA(1;2),5\r\n"), "the formula is neutralised: " + csv);
    assertFalse(csv.contains(",=") || csv.contains("\n="), csv);
  }

  private static void assertElapsed(List<Long> seconds, Elapsed figure) {
    assertEquals(seconds.size(), figure.cases());
    double mean = seconds.stream().mapToLong(Long::longValue).average().orElseThrow();
    List<Long> sorted = seconds.stream().sorted().toList();
    int middle = sorted.size() / 2;
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    assertEquals(mean, figure.meanSeconds(), 0.5);
    assertEquals(median, figure.medianSeconds(), 0.5);
  }

  private static long count(Ranking ranking, String name) {
    return ranking.top().stream().filter(t -> t.key().equals(name)).mapToLong(Tally::count).sum();
  }

  /** The ranking as name to count, nobody under null, as the independent SQL groups it. */
  private static Map<String, Long> asMap(Ranking ranking) {
    Map<String, Long> counts = new HashMap<>(asMap(ranking.top()));
    if (ranking.nobody() > 0) {
      counts.put(null, ranking.nobody());
    }
    assertEquals(0, ranking.others(), "fewer holders than the ranking names");
    return counts;
  }

  @Test
  void
      aPeriodThatEndsBeforeItStartsOrIsLongerThanAYearOrAnotherCompanyIsRefusedAndAnAgentMayNotAsk()
          throws Exception {
    long desk = teams.department(teams.company());
    String agent = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String supervisor =
        teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
    InvalidInputException backwards =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    supervisor,
                    () -> statistics.of(new StatisticsFilter(MONDAY, MONDAY.minusDays(1), null))));
    assertEquals("to", backwards.field());
    assertThrows(
        InvalidInputException.class,
        () ->
            acting.as(
                supervisor,
                () -> statistics.of(new StatisticsFilter(MONDAY, MONDAY.plusYears(2), null))));
    InvalidInputException otherCompany =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    supervisor,
                    () ->
                        statistics.of(
                            new StatisticsFilter(
                                MONDAY, MONDAY, null, teams.companyId(teams.company())))));
    assertEquals("company", otherCompany.field(), "a supervisor counts its own company only");
    assertThrows(
        EJBAccessException.class,
        () -> acting.as(agent, () -> statistics.of(new StatisticsFilter(MONDAY, MONDAY, null))));

    String page =
        AgentOverHttp.loggedInAs("carla", "supervision/statistics.xhtml")
            .get("supervision/statistics.xhtml");
    assertTrue(page.contains("chartPerDay"), "the demo supervisor sees the charts");
  }

  private static Map<String, Long> asMap(java.util.List<Tally> tallies) {
    return tallies.stream().collect(Collectors.toMap(Tally::key, Tally::count));
  }
}
