package br.com.atende.statistics.application;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.Database;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NamesById;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of the supervisor's company (SPEC C10): every figure is counted by the database
 * over the cases the supervisor may see (the access rule inside each query), opened in the period,
 * by the indexes on (company, opened) and (company, closed); nothing walks a case list in memory.
 *
 * <p>The counts by status, priority and department are JPQL; the rankings, the times and the
 * ratings are native SQL that reads the same on H2 and PostgreSQL ({@code EXTRACT(EPOCH …)}, {@code
 * PERCENTILE_CONT(0.5) WITHIN GROUP}), because JPQL has neither a difference of timestamps in
 * seconds nor a median. Each figure is one statement whatever the number of cases.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class StatisticsService {

  /** The longest period counted at once: a year of days is still a readable chart. */
  static final int MAX_DAYS = 366;

  /** The holders (agents, groups) named in a ranking; the others are counted together. */
  public static final int TOP = 10;

  /**
   * Native SQL over the cases of the scope: company ?1, opened in [?2, ?3), the access rule with
   * the clearance ?4 and the viewer ?5 (a department ?6 is added by {@link Scope#sql}).
   */
  private static final String NATIVE_OPENED =
      " c.company_id = ?1 AND c.opened_at >= ?2 AND c.opened_at < ?3 AND " + AccessRule.sql(4, 5);

  private static final String NATIVE_OPENED_IN_PERIOD =
      " FROM support_case c WHERE" + NATIVE_OPENED;

  /**
   * The seconds from a case's opening to a moment, as a double precision. On PostgreSQL through
   * {@code date_part}: its {@code EXTRACT} returns numeric since version 14, and numeric arithmetic
   * over a year of cases was a third of the slowest chart's time (the median time to solution at
   * 1,000,000 cases: 1.31 s with EXTRACT, 0.81 s with date_part, {@code
   * bench/statistics-results.md}). H2 has no date_part; its EXTRACT is what it was.
   */
  private String secondsSinceOpening(String moment) {
    return database.isPostgreSQL()
        ? "(date_part('epoch', " + moment + ") - date_part('epoch', c.opened_at))"
        : "CAST(EXTRACT(EPOCH FROM "
            + moment
            + ") - EXTRACT(EPOCH FROM c.opened_at) AS DOUBLE PRECISION)";
  }

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

  @Inject private Database database;

  /**
   * The companies the supervisor may count: its own, and every company for a supervisor who also
   * administers the group (the consumption report's rule); its own first.
   */
  public List<Choice> companies() {
    Agent viewer = agents.currentAgent();
    if (!viewer.holds(Role.ADMIN)) {
      return List.of(new Choice(viewer.getCompany().getId(), viewer.getCompany().getName()));
    }
    List<Choice> all = new ArrayList<>();
    all.add(new Choice(viewer.getCompany().getId(), viewer.getCompany().getName()));
    all.addAll(
        em.createQuery(
                "SELECT NEW br.com.atende.shared.Choice(c.id, c.name) FROM Company c"
                    + " WHERE c.id <> :own ORDER BY c.name",
                Choice.class)
            .setParameter("own", viewer.getCompany().getId())
            .setMaxResults(CappedCount.CAP)
            .getResultList());
    return all;
  }

  /** The departments of the supervisor's company, to filter by. */
  public List<Choice> departments() {
    return departments(null);
  }

  /** The departments of a company the supervisor may count (null: its own), to filter by. */
  public List<Choice> departments(Long companyId) {
    Company company = company(agents.currentAgent(), companyId);
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(d.id, d.name) FROM Department d"
                + " WHERE d.company.id = :company ORDER BY d.name",
            Choice.class)
        .setParameter("company", company.getId())
        .setMaxResults(500)
        .getResultList();
  }

  /** The company asked for, when the viewer may count it; the viewer's own when none is asked. */
  private Company company(Agent viewer, Long companyId) {
    if (companyId == null || companyId.equals(viewer.getCompany().getId())) {
      return viewer.getCompany();
    }
    Company chosen = viewer.holds(Role.ADMIN) ? em.find(Company.class, companyId) : null;
    if (chosen == null) {
      throw new InvalidInputException("company", "error.required");
    }
    return chosen;
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
    Company company = company(viewer, filter.companyId());
    long department = -1;
    if (filter.departmentId() != null) {
      Department chosen = em.find(Department.class, filter.departmentId());
      if (chosen == null || !chosen.getCompany().getId().equals(company.getId())) {
        throw new InvalidInputException("department", "error.required");
      }
      department = chosen.getId();
    }
    Scope scope =
        new Scope(viewer, company.getId(), filter.from(), filter.to().plusDays(1), department);
    List<Tally> byStatus = tallies("c.status", scope);
    long opened = byStatus.stream().mapToLong(Tally::count).sum();
    return new CaseStatistics(
        opened,
        byStatus,
        tallies("c.priority", scope),
        tallies("c.department.name", scope),
        perDay(scope),
        ranking("c.holding_group_id", AgentGroup.class, opened, scope),
        ranking("c.holder_id", Agent.class, opened, scope),
        toFirstResponse(scope),
        toSolution(scope),
        overdue(scope),
        ratings(scope));
  }

  /**
   * Who counts, over which days (until excluded) and which department (-1: all). The department is
   * a condition of the query only when chosen, so each form keeps a plan of its own.
   */
  private record Scope(
      Agent viewer, long company, LocalDate from, LocalDate until, long department) {

    String of(String cases) {
      return department < 0 ? cases : cases + " AND c.department.id = :department";
    }

    String sql(String cases) {
      return department < 0 ? cases : cases + " AND c.department_id = ?6";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      TypedQuery<T> bound =
          CaseAccess.withAccessRule(query, viewer)
              .setParameter("company", company)
              .setParameter("from", from.atStartOfDay())
              .setParameter("until", until.atStartOfDay());
      return department < 0 ? bound : bound.setParameter("department", department);
    }

    Query bind(Query query) {
      Query bound =
          query
              .setParameter(1, company)
              .setParameter(2, from.atStartOfDay())
              .setParameter(3, until.atStartOfDay())
              .setParameter(4, viewer.getClearance())
              .setParameter(5, viewer.getId());
      return department < 0 ? bound : bound.setParameter(6, department);
    }
  }

  /**
   * The cases opened in the period by holder (an agent or a group, by its column): the holders with
   * most cases, named, then the cases nobody holds (sorted first, so the cap never drops them) and
   * the rest as "others". Sorting the holders of one company is cheap; naming them is one more
   * query over at most {@link #TOP} ids.
   */
  private Ranking ranking(String column, Class<?> entity, long opened, Scope scope) {
    List<?> rows =
        scope
            .bind(
                em.createNativeQuery(
                    "SELECT "
                        + column
                        + ", COUNT(*)"
                        + scope.sql(NATIVE_OPENED_IN_PERIOD)
                        + " GROUP BY "
                        + column
                        + " ORDER BY CASE WHEN "
                        + column
                        + " IS NULL THEN 0 ELSE 1 END, COUNT(*) DESC, "
                        + column))
            .setMaxResults(TOP + 1)
            .getResultList();
    long nobody = 0;
    Map<Long, Long> top = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long count = ((Number) columns[1]).longValue();
      if (columns[0] == null) {
        nobody = count;
      } else if (top.size() < TOP) {
        top.put(((Number) columns[0]).longValue(), count);
      }
    }
    Map<Long, String> names = NamesById.of(em, entity, top.keySet());
    List<Tally> named = new ArrayList<>(top.size());
    top.forEach((id, count) -> named.add(new Tally(names.get(id), count)));
    long ranked = top.values().stream().mapToLong(Long::longValue).sum();
    return new Ranking(named, nobody, opened - nobody - ranked);
  }

  /**
   * From the opening to the first publishable note an agent wrote on the case (what the client is
   * shown as the first answer: internal notes, emails and the client's own replies are not
   * answers), over the cases opened in the period that have one. An answer to a case opened in the
   * period is written after the period began: saying so lets the database read the answers from
   * that day on (an index over those notes by time) instead of every case's discussion.
   */
  private Elapsed toFirstResponse(Scope scope) {
    return elapsed(
        "SELECT COUNT(*), AVG(t.s), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.s) FROM (SELECT "
            + secondsSinceOpening("MIN(e.created_at)")
            + " AS s"
            + scope.sql(
                " FROM support_case c JOIN discussion_entry e ON e.case_id = c.id"
                    + " WHERE e.kind = 'LOG' AND e.publishable = TRUE"
                    + " AND e.created_at >= c.opened_at AND e.created_at >= ?2 AND"
                    + NATIVE_OPENED)
            + " GROUP BY c.id, c.opened_at) t",
        scope);
  }

  /** From the opening to the conclusion (the solution notified), over the concluded cases. */
  private Elapsed toSolution(Scope scope) {
    // Each case's seconds computed once, for the mean and the median alike.
    return elapsed(
        "SELECT COUNT(*), AVG(t.s), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.s) FROM (SELECT "
            + secondsSinceOpening("c.closed_at")
            + " AS s"
            + scope.sql(NATIVE_OPENED_IN_PERIOD)
            + " AND c.closed_at IS NOT NULL) t",
        scope);
  }

  private Elapsed elapsed(String sql, Scope scope) {
    Object[] row = (Object[]) scope.bind(em.createNativeQuery(sql)).getSingleResult();
    long cases = ((Number) row[0]).longValue();
    return new Elapsed(cases, decimal(row[1]), decimal(row[2]));
  }

  private OverdueTally overdue(Scope scope) {
    Object[] row =
        (Object[])
            scope
                .bind(
                    em.createNativeQuery(
                        "SELECT SUM(CASE WHEN c.due_date IS NOT NULL THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN c.overdue = TRUE THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN c.closed_at > c.due_date THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN c.closed_at <= c.due_date THEN 1 ELSE 0 END)"
                            + scope.sql(NATIVE_OPENED_IN_PERIOD)))
                .getSingleResult();
    return new OverdueTally(whole(row[0]), whole(row[1]), whole(row[2]), whole(row[3]));
  }

  /**
   * The ratings given in the period to cases of the scope, read from the ratings (few) and their
   * cases by id, rather than from the period's cases.
   */
  private Ratings ratings(Scope scope) {
    StringBuilder sql =
        new StringBuilder("SELECT COUNT(*), AVG(CAST(r.rating AS DOUBLE PRECISION))");
    for (int value = 1; value <= 5; value++) {
      sql.append(", SUM(CASE WHEN r.rating = ").append(value).append(" THEN 1 ELSE 0 END)");
    }
    sql.append(
        scope.sql(
            " FROM satisfaction_rating r JOIN support_case c ON c.id = r.case_id"
                + " WHERE c.company_id = ?1 AND r.created_at >= ?2 AND r.created_at < ?3 AND "
                + AccessRule.sql(4, 5)));
    Object[] row = (Object[]) scope.bind(em.createNativeQuery(sql.toString())).getSingleResult();
    List<Long> distribution = new ArrayList<>(5);
    for (int i = 2; i < 7; i++) {
      distribution.add(whole(row[i]));
    }
    return new Ratings(whole(row[0]), decimal(row[1]), distribution);
  }

  private static long whole(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double decimal(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
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
