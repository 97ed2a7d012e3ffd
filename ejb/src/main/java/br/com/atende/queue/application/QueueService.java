package br.com.atende.queue.application;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The agent's queues: the department queue, narrowed by a custom field when filtered (SPEC C7), and
 * the queue tabs (SPEC C5), each one paged in the database with the access rule inside the query
 * and counted cheaply, up to {@link #COUNT_CAP}, from an index (see the README for the plans).
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class QueueService {

  /** Counts stop here: a tab badge says "1000+" rather than scanning a million rows. */
  public static final int COUNT_CAP = CappedCount.CAP;

  /**
   * Queue columns a page may sort by, mapped to their JPQL paths; anything else sorts newest first.
   */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "number", "c.number",
          "subject", "c.subject",
          "partyName", "p.name",
          "priority", "c.priority",
          "status", "c.status",
          "openedAt", "c.openedAt",
          "dueDate", "c.schedule.dueDate");

  private static final String DEPARTMENT_QUEUE =
      " FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h"
          + " WHERE c.department.id = :department AND "
          + AccessRule.JPQL;

  private static final String OPEN = " FROM Case c WHERE c.status IN :open AND " + AccessRule.JPQL;

  /**
   * The "today" tabs: a case being worked (not NEW, nor SOLVED and waiting to be told) due before
   * tomorrow. Its values are inlined (see {@link #bind}) so that PostgreSQL matches the partial
   * indexes of V21_1, which hold only these cases in due-date order.
   */
  private static final String DUE_BY_TODAY =
      " AND c.status IN (br.com.atende.cases.model.CaseStatus.IN_PROGRESS,"
          + " br.com.atende.cases.model.CaseStatus.PENDING,"
          + " br.com.atende.cases.model.CaseStatus.WAITING_THIRD_PARTY,"
          + " br.com.atende.cases.model.CaseStatus.SCHEDULED,"
          + " br.com.atende.cases.model.CaseStatus.PAUSED)"
          + " AND c.schedule.dueDate < :tomorrow";

  /** The today tabs' order: the longest overdue first. */
  private static final String OLDEST_DUE_FIRST = "c.schedule.dueDate ASC, c.id ASC";

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CustomFieldRestriction customFields;

  @Inject private QueueTabCounts tabCounts;

  @Inject private Clock clock;

  /** The tabs the viewer has (team tabs for supervisors only), each with its count. */
  public List<QueueTabCount> tabs() {
    Agent viewer = agents.currentAgent();
    return tabCounts.of(viewer.getId(), () -> count(viewer));
  }

  private List<QueueTabCount> count(Agent viewer) {
    List<Long> groups = groupsOf(viewer);
    LocalDate today = LocalDate.now(clock);
    List<QueueTabCount> counts = new ArrayList<>();
    for (QueueTab tab : QueueTab.values()) {
      if (tab.isTeam() && !viewer.holds(Role.SUPERVISOR)) {
        continue;
      }
      int found =
          bind(
                  em.createQuery("SELECT c.id" + from(tab) + condition(tab), Long.class),
                  tab,
                  viewer,
                  groups,
                  today)
              .setMaxResults(COUNT_CAP + 1)
              .getResultList()
              .size();
      counts.add(new QueueTabCount(tab, Math.min(found, COUNT_CAP), found > COUNT_CAP));
    }
    return counts;
  }

  /** One page of a tab, newest first unless a column is chosen. */
  public List<CaseSummary> page(QueueTab tab, PageRequest page) {
    Agent viewer = agents.currentAgent();
    if (tab.isTeam() && !viewer.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.queue.teamOnly", null);
    }
    String column = page.sortField() == null ? null : SORTABLE.get(page.sortField());
    String order =
        column == null
            ? (isToday(tab) ? OLDEST_DUE_FIRST : "c.openedAt DESC, c.id DESC")
            : column + (page.ascending() ? " ASC" : " DESC") + ", c.id DESC";
    String jpql =
        CaseSummary.SELECT
            + " FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h WHERE "
            + (isToday(tab) ? "" : "c.status IN :open AND ")
            + AccessRule.JPQL
            + condition(tab)
            + " ORDER BY "
            + order;
    return bind(
            em.createQuery(jpql, CaseSummary.class),
            tab,
            viewer,
            groupsOf(viewer),
            LocalDate.now(clock))
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** One page of the logged-in agent's department queue, newest first unless a column is chosen. */
  public List<CaseSummary> departmentQueue(PageRequest page) {
    return departmentQueue(page, null);
  }

  /**
   * The department's queue, narrowed to the cases holding a value in a custom field when the filter
   * names one (SPEC C7): compared in the database, on the field's typed column.
   */
  public List<CaseSummary> departmentQueue(PageRequest page, CustomFieldFilter filter) {
    Agent viewer = agents.currentAgent();
    String column = page.sortField() == null ? null : SORTABLE.get(page.sortField());
    String order =
        column == null
            ? "c.openedAt DESC, c.id DESC"
            : column + (page.ascending() ? " ASC" : " DESC") + ", c.id DESC";
    CustomFieldRestriction.Restriction restriction = restriction(filter, viewer);
    TypedQuery<CaseSummary> query =
        CaseAccess.withAccessRule(
                em.createQuery(
                    CaseSummary.SELECT
                        + DEPARTMENT_QUEUE
                        + (restriction == null ? "" : " AND " + restriction.jpql())
                        + " ORDER BY "
                        + order,
                    CaseSummary.class),
                viewer)
            .setParameter("department", viewer.getDepartment().getId());
    return (restriction == null ? query : restriction.bind(query))
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countDepartmentQueue() {
    return countDepartmentQueue(null);
  }

  /** The department queue's size as the paginator needs it: capped like every count. */
  public long countDepartmentQueue(CustomFieldFilter filter) {
    return departmentQueueCount(filter).value();
  }

  /**
   * How many cases the department queue holds, up to {@link CappedCount#CAP}: the ids are read
   * through the index on department and access-rule columns and never counted past the cap (a
   * department may hold hundreds of thousands; the page says "1000+").
   */
  public CappedCount departmentQueueCount(CustomFieldFilter filter) {
    Agent viewer = agents.currentAgent();
    CustomFieldRestriction.Restriction restriction = restriction(filter, viewer);
    TypedQuery<Long> query =
        CaseAccess.withAccessRule(
                em.createQuery(
                    "SELECT c.id FROM Case c WHERE c.department.id = :department AND "
                        + AccessRule.JPQL
                        + (restriction == null ? "" : " AND " + restriction.jpql()),
                    Long.class),
                viewer)
            .setParameter("department", viewer.getDepartment().getId());
    return CappedCount.count(restriction == null ? query : restriction.bind(query));
  }

  /**
   * The ids of the cases a tab shows the viewer (null: the department queue, narrowed by the
   * filter), at most {@code limit}: what a bulk action on a whole tab captures when started. No
   * order, so the database stops at the limit instead of sorting a department's history; the job
   * works through them in id order.
   */
  public List<Long> ids(QueueTab tab, CustomFieldFilter filter, int limit) {
    Agent viewer = agents.currentAgent();
    if (tab == null) {
      CustomFieldRestriction.Restriction restriction = restriction(filter, viewer);
      TypedQuery<Long> query =
          CaseAccess.withAccessRule(
                  em.createQuery(
                      "SELECT c.id FROM Case c WHERE c.department.id = :department AND "
                          + AccessRule.JPQL
                          + (restriction == null ? "" : " AND " + restriction.jpql()),
                      Long.class),
                  viewer)
              .setParameter("department", viewer.getDepartment().getId());
      return (restriction == null ? query : restriction.bind(query))
          .setMaxResults(limit)
          .getResultList();
    }
    if (tab.isTeam() && !viewer.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.queue.teamOnly", null);
    }
    return bind(
            em.createQuery("SELECT c.id" + from(tab) + condition(tab), Long.class),
            tab,
            viewer,
            groupsOf(viewer),
            LocalDate.now(clock))
        .setMaxResults(limit)
        .getResultList();
  }

  private CustomFieldRestriction.Restriction restriction(CustomFieldFilter filter, Agent viewer) {
    return filter == null || filter.isEmpty() ? null : customFields.of(filter, viewer);
  }

  /** The custom fields the viewer's queue may be filtered by. */
  public List<Choice> queueFilterFields() {
    return customFields.filterableFields(agents.currentAgent());
  }

  private static String condition(QueueTab tab) {
    switch (tab) {
      case NEW:
        return " AND c.holderId IS NULL AND ((c.holdingGroupId IS NULL"
            + " AND c.department.id = :department) OR c.holdingGroupId IN :groups)";
      case MINE_NEW:
        return " AND c.holderId = :viewerId AND c.firstContactAt IS NULL"
            + " AND c.awaitingAgent = :no";
      case MINE_ANSWERED:
        return " AND c.holderId = :viewerId AND c.awaitingAgent = :yes";
      case MINE_OPEN:
        return " AND c.holderId = :viewerId AND c.firstContactAt IS NOT NULL"
            + " AND c.awaitingAgent = :no";
      case TEAM_OPEN:
        return " AND c.department.id IN :team AND c.holderId IS NOT NULL"
            + " AND c.firstContactAt IS NOT NULL AND c.awaitingAgent = :no";
      case TEAM_AWAITING:
        return " AND c.department.id IN :team AND c.holderId IS NOT NULL"
            + " AND (c.firstContactAt IS NULL OR c.awaitingAgent = :yes)";
      case TODAY:
        return " AND c.holderId = :viewerId" + DUE_BY_TODAY;
      case TEAM_TODAY:
        return " AND c.department.id IN :team AND c.holderId IS NOT NULL" + DUE_BY_TODAY;
      default:
        throw new IllegalArgumentException(tab.name());
    }
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, QueueTab tab, Agent viewer, List<Long> groups, LocalDate today) {
    CaseAccess.withAccessRule(query, viewer);
    if (!isToday(tab)) {
      query.setParameter("open", List.copyOf(CaseStatus.openStates()));
    }
    if (tab != QueueTab.NEW) {
      // Booleans bound, never inlined: H2 refuses EclipseLink's inlined 1/0 for a boolean.
      String condition = condition(tab);
      if (condition.contains(":no")) {
        query.setParameter("no", false);
      }
      if (condition.contains(":yes")) {
        query.setParameter("yes", true);
      }
    }
    if (tab == QueueTab.NEW) {
      // An empty IN list is not SQL: no group matches -1.
      query.setParameter("groups", groups.isEmpty() ? List.of(-1L) : groups);
    }
    if (tab == QueueTab.NEW) {
      query.setParameter("department", viewer.getDepartment().getId());
    }
    if (tab.isTeam()) {
      // Its own department and those it supervises (issue 15).
      query.setParameter("team", viewer.ledDepartmentIds());
    }
    if (isToday(tab)) {
      query.setParameter("tomorrow", today.plusDays(1).atStartOfDay());
      // EclipseLink binds even the statuses written as literals; bound, a generic plan of
      // PostgreSQL could not prove the partial indexes' predicate and would walk the due-date
      // index of every case ever. Inlined, each query is planned with its values (one text per
      // viewer and day: a handful of plans, not a cache to fill).
      query.setHint(QueryHints.BIND_PARAMETERS, HintValues.FALSE);
    }
    return query;
  }

  /**
   * The cases a tab's count looks at: the open ones, or for the today tabs only their own statuses
   * (a second, wider status list would make PostgreSQL misjudge how few rows match and leave the
   * partial index for a sort).
   */
  private static String from(QueueTab tab) {
    return isToday(tab) ? " FROM Case c WHERE " + AccessRule.JPQL : OPEN;
  }

  private static boolean isToday(QueueTab tab) {
    return tab == QueueTab.TODAY || tab == QueueTab.TEAM_TODAY;
  }

  private List<Long> groupsOf(Agent viewer) {
    return em.createQuery(
            "SELECT g.id FROM AgentGroup g JOIN g.members m WHERE m.id = :viewer"
                + " AND g.active = :active",
            Long.class)
        .setParameter("viewer", viewer.getId())
        .setParameter("active", true)
        .getResultList();
  }
}
