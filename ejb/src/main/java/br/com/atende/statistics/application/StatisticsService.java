package br.com.atende.statistics.application;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of the supervisor's company (SPEC C10): every figure is counted by the database
 * over the cases the supervisor may see (the access rule inside each query), opened in the period,
 * by the indexes on (company, opened) and (company, closed); nothing walks a case list in memory.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class StatisticsService {

  /** The longest period counted at once: a year of days is still a readable chart. */
  static final int MAX_DAYS = 366;

  private static final String OPENED_IN_PERIOD =
      " FROM Case c WHERE c.company.id = :company AND c.openedAt >= :from AND c.openedAt < :until"
          + " AND "
          + AccessRule.JPQL;

  private static final String CLOSED_IN_PERIOD =
      " FROM Case c WHERE c.company.id = :company AND c.closedAt >= :from AND c.closedAt < :until"
          + " AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  /** The departments of the supervisor's company, to filter by. */
  public List<Choice> departments() {
    Agent viewer = agents.currentAgent();
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(d.id, d.name) FROM Department d"
                + " WHERE d.company.id = :company ORDER BY d.name",
            Choice.class)
        .setParameter("company", viewer.getCompany().getId())
        .setMaxResults(500)
        .getResultList();
  }

  public CaseStatistics of(StatisticsFilter filter) {
    Agent viewer = agents.currentAgent();
    if (filter.from() == null) {
      throw new InvalidInputException("from", "error.required");
    }
    if (filter.to() == null) {
      throw new InvalidInputException("to", "error.required");
    }
    long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
    if (days < 1) {
      throw new InvalidInputException("to", "error.statistics.period");
    }
    if (days > MAX_DAYS) {
      throw new InvalidInputException("to", "error.statistics.tooLong", MAX_DAYS);
    }
    long department = -1;
    if (filter.departmentId() != null) {
      Department chosen = em.find(Department.class, filter.departmentId());
      if (chosen == null || !chosen.getCompany().getId().equals(viewer.getCompany().getId())) {
        throw new InvalidInputException("department", "error.required");
      }
      department = chosen.getId();
    }
    Scope scope = new Scope(viewer, filter.from(), filter.to().plusDays(1), department);
    List<Tally> byStatus = tallies("c.status", scope);
    return new CaseStatistics(
        byStatus.stream().mapToLong(Tally::count).sum(),
        byStatus,
        tallies("c.priority", scope),
        tallies("c.department.name", scope),
        perDay(scope));
  }

  /**
   * Who counts, over which days (until excluded) and which department (-1: all). The department is
   * a condition of the query only when chosen, so each form keeps a plan of its own.
   */
  private record Scope(Agent viewer, LocalDate from, LocalDate until, long department) {

    String of(String cases) {
      return department < 0 ? cases : cases + " AND c.department.id = :department";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      TypedQuery<T> bound =
          CaseAccess.withAccessRule(query, viewer)
              .setParameter("company", viewer.getCompany().getId())
              .setParameter("from", from.atStartOfDay())
              .setParameter("until", until.atStartOfDay());
      return department < 0 ? bound : bound.setParameter("department", department);
    }
  }

  /** Opened cases of the period counted by one column, most first. */
  private List<Tally> tallies(String column, Scope scope) {
    List<Object[]> rows =
        scope
            .bind(
                em.createQuery(
                    "SELECT "
                        + column
                        + ", COUNT(c)"
                        + scope.of(OPENED_IN_PERIOD)
                        + " GROUP BY "
                        + column
                        + " ORDER BY COUNT(c) DESC",
                    Object[].class))
            .getResultList();
    return rows.stream().map(r -> new Tally(String.valueOf(r[0]), (Long) r[1])).toList();
  }

  /** Every day of the period with the cases opened and closed on it. */
  private List<DayTally> perDay(Scope scope) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (LocalDate day = scope.from(); day.isBefore(scope.until()); day = day.plusDays(1)) {
      days.put(day, new long[2]);
    }
    count(OPENED_IN_PERIOD, "c.openedAt", scope).forEach((day, n) -> days.get(day)[0] = n);
    count(CLOSED_IN_PERIOD, "c.closedAt", scope).forEach((day, n) -> days.get(day)[1] = n);
    List<DayTally> tallies = new ArrayList<>(days.size());
    days.forEach((day, counts) -> tallies.add(new DayTally(day, counts[0], counts[1])));
    return tallies;
  }

  private Map<LocalDate, Long> count(String cases, String moment, Scope scope) {
    String day = "CAST(" + moment + " AS DATE)";
    List<Object[]> rows =
        scope
            .bind(
                em.createQuery(
                    "SELECT " + day + ", COUNT(c)" + scope.of(cases) + " GROUP BY " + day,
                    Object[].class))
            .getResultList();
    Map<LocalDate, Long> counts = new TreeMap<>();
    for (Object[] row : rows) {
      counts.put(toDay(row[0]), (Long) row[1]);
    }
    return counts;
  }

  private static LocalDate toDay(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof java.sql.Date day) {
      return day.toLocalDate();
    }
    return LocalDate.parse(String.valueOf(value).substring(0, 10));
  }
}
