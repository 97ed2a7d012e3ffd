package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.CaseHistoryWrites;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.statistics.application.CaseStatistics;
import br.com.atende.statistics.application.DayTally;
import br.com.atende.statistics.application.StatisticsFilter;
import br.com.atende.statistics.application.StatisticsService;
import br.com.atende.statistics.application.Tally;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisors' statistics (issue 13, SPEC C10): the database's counts over a generated set of
 * cases equal independent SQL, a case above the supervisor's clearance is not counted, every day of
 * the period is listed, and only supervisors ask.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

  /** A past week, so that no case opened by other tests falls in it. */
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject CaseHistoryWrites history;

  @Inject StatisticsService statistics;

  @Test
  void theCountsOfAGeneratedWeekEqualIndependentSqlWithinTheSupervisorsClearance()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long otherDesk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String colleague =
        teams.agent(otherDesk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    String supervisor =
        teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
    Priority[] priorities = Priority.values();
    for (int i = 0; i < 14; i++) {
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
      history.openedAt(caseId, MONDAY.plusDays(i % 7).atTime(9 + i % 8, 15));
      if (i % 4 == 0) {
        history.closedAt(caseId, MONDAY.plusDays(i % 7).plusDays(1).atTime(17, 0));
      }
      if (i == 5) {
        history.level(caseId, 2);
      }
    }
    long companyId = teams.companyId(company);
    LocalDate sunday = MONDAY.plusDays(6);

    CaseStatistics week =
        acting.as(supervisor, () -> statistics.of(new StatisticsFilter(MONDAY, sunday, null)));

    assertEquals(13, week.opened(), "the level-2 case is above a clearance-1 supervisor");
    assertEquals(
        history.openedBy("status", companyId, MONDAY, sunday.plusDays(1), 1),
        asMap(week.byStatus()));
    assertEquals(
        history.openedBy("priority", companyId, MONDAY, sunday.plusDays(1), 1),
        asMap(week.byPriority()));
    assertEquals(7, week.perDay().size(), "every day of the period, zero or not");
    assertEquals(13, week.perDay().stream().mapToLong(DayTally::opened).sum());
    assertEquals(
        4,
        week.perDay().stream().mapToLong(DayTally::closed).sum(),
        "cases 0, 4, 8, 12 are closed the day after they opened, all within the week");

    CaseStatistics oneDesk =
        acting.as(supervisor, () -> statistics.of(new StatisticsFilter(MONDAY, sunday, otherDesk)));
    assertEquals(5, oneDesk.opened(), "cases 0, 3, 6, 9, 12 were opened in the other desk");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsOrIsLongerThanAYearIsRefusedAndAnAgentMayNotAsk()
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
