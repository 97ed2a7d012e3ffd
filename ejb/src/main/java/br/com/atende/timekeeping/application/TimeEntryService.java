package br.com.atende.timekeeping.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseAudit;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.model.Contract;
import br.com.atende.timekeeping.model.DeskSettings;
import br.com.atende.timekeeping.model.EntryMode;
import br.com.atende.timekeeping.model.EntryValue;
import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.Pricing;
import br.com.atende.timekeeping.model.ServiceType;
import br.com.atende.timekeeping.model.StandaloneService;
import br.com.atende.timekeeping.model.TimeEntry;
import br.com.atende.timekeeping.model.ValuationKind;
import br.com.atende.timekeeping.model.WorkPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Time entries on a case (SPEC C9, seed 000): logged, changed and deleted under the access rule of
 * the case, never two of one agent at once, valued as the case's desk says; and the case's time
 * panel.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class TimeEntryService {

  /** How many templates the time tab offers; a group keeps a handful, this only bounds the list. */
  static final int TEMPLATE_LIMIT = 100;

  /**
   * The audit trail's field for a time entry (the page translates it as {@code case.timeEntry}).
   */
  public static final String AUDIT_FIELD = "timeEntry";

  /** How many agents the summary names; a case worked by more says so by the count. */
  private static final int AGENTS_NAMED = 50;

  /** PostgreSQL's SQLSTATE for a row refused by an exclusion constraint. */
  private static final String EXCLUSION_VIOLATION = "23P01";

  private static final String ROW =
      "SELECT e.id, e.version, a.name, a.id, a.department.id, e.startAt, e.endAt, e.minutes,"
          + " e.serviceType, e.contractId, e.standaloneServiceId, k.name, s.name, e.nature, e.travel,"
          + " e.valuation, e.value, e.loss, e.manualReason, e.description"
          + " FROM TimeEntry e JOIN e.agent a"
          + " LEFT JOIN Contract k ON k.id = e.contractId"
          + " LEFT JOIN StandaloneService s ON s.id = e.standaloneServiceId"
          + " WHERE e.caseId = :case";

  private static final Map<String, String> SORTS =
      Map.of(
          "start", "e.startAt",
          "agent", "a.name",
          "minutes", "e.minutes",
          "value", "e.value",
          "nature", "e.nature");

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private DeskTimeRules desks;

  @Inject private CaseEmailService emails;

  @Inject private Validator validator;

  @Inject private Clock clock;

  /**
   * The case's time tab, in one call: the desk's mode, the summary, the first page of entries and
   * what an entry may be charged under today.
   */
  public TimePanel panel(long caseId, PageRequest firstPage) {
    Agent viewer = agents.currentAgent();
    Object[] visible = visibleCase(caseId, viewer);
    DeskSettings desk = desks.of((Long) visible[1]);
    if (!desk.getMode().takesEntries()) {
      return new TimePanel(desk.getMode(), false, TimeSummary.EMPTY, List.of());
    }
    return new TimePanel(
        desk.getMode(), desk.isEntryRequired(), summary(caseId), rows(caseId, firstPage, viewer));
  }

  /**
   * The entry form's choices for the case, read when the agent opens the form: the contracts and
   * services its party may be charged under (with valuation only) and the viewer's templates.
   */
  public TimeForm form(long caseId) {
    Agent viewer = agents.currentAgent();
    Object[] visible = visibleCase(caseId, viewer);
    DeskSettings desk = desks.of((Long) visible[1]);
    if (!desk.getMode().takesEntries()) {
      return TimeForm.NONE;
    }
    Long partyId = (Long) visible[0];
    boolean valued = desk.getMode() == EntryMode.WITH_VALUATION;
    return new TimeForm(
        valued ? contractsOf(partyId, LocalDate.now(clock)) : List.of(),
        valued ? servicesOf(partyId) : List.of(),
        templatesOf(viewer));
  }

  /** A page of the case's entries, sorted by a column of the panel (default: newest first). */
  public List<TimeEntryRow> entries(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    visibleCase(caseId, viewer);
    return rows(caseId, page, viewer);
  }

  /**
   * Logs a new entry or changes one; returns its id. The agent's row is locked first, so that two
   * saves of the same agent's time run one after the other and the second sees the first's entry
   * (on both databases); PostgreSQL's exclusion constraint backs the rule up.
   */
  public long log(LogTimeCommand command) {
    requireValid(validator, command);
    Agent by = agents.currentAgent();
    Case supportCase = access.visible(command.caseId(), by);
    DeskSettings desk = desks.of(supportCase.getDepartment().getId());
    if (!desk.getMode().takesEntries()) {
      throw new BusinessException("error.time.off");
    }
    if (!supportCase.getStatus().isOpen()) {
      throw new BusinessException("error.edit.closed", "status");
    }
    if (command.entryId() == null) {
      // A new entry writes to the case (issue 16); changing one's own entry stays with its author.
      supportCase.requireWritableBy(by);
    }
    WorkPeriod period = WorkPeriod.of(command.day(), command.start(), command.end());
    LocalDateTime now = LocalDateTime.now(clock);
    TimeEntry entry;
    String before = null;
    if (command.entryId() == null) {
      entry = new TimeEntry(supportCase.getId(), by, now);
    } else {
      entry = entryOf(supportCase, command.entryId());
      if (entry.getVersion() != command.expectedVersion()) {
        throw new ConcurrentChangeException(entry.getAgent().getName());
      }
      entry.requireChangeableBy(by);
      before = entry.audited();
    }
    lockAgent(entry.getAgent().getId());
    entry.worked(period, command.nature(), command.travel(), command.description());
    if (desk.getMode() == EntryMode.WITH_VALUATION) {
      charge(entry, supportCase, period, command);
    } else {
      entry.unvalued();
    }
    requireNoOverlap(entry, period);
    if (command.entryId() == null) {
      em.persist(entry);
    } else {
      em.persist(CaseAudit.ofRecord(supportCase, AUDIT_FIELD, before, entry.audited(), by, now));
    }
    flush();
    access.recordFirstContact(supportCase, now);
    if (command.sendAsReply()) {
      emails.send(
          new SendCaseEmailCommand(
              supportCase.getId(),
              true,
              List.of(),
              null,
              EnumSet.noneOf(CaseEmailPart.class),
              List.of(),
              replyText(period, command.description())));
    }
    return entry.getId();
  }

  /** Deletes an entry, by its author or the author's supervisor; audited. */
  public void delete(long caseId, long entryId, long expectedVersion) {
    Agent by = agents.currentAgent();
    Case supportCase = access.visible(caseId, by);
    TimeEntry entry = entryOf(supportCase, entryId);
    if (entry.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(entry.getAgent().getName());
    }
    entry.requireChangeableBy(by);
    em.persist(
        CaseAudit.ofRecord(
            supportCase, AUDIT_FIELD, entry.audited(), null, by, LocalDateTime.now(clock)));
    em.remove(entry);
    flush();
  }

  private Object[] visibleCase(long caseId, Agent viewer) {
    return access
        .ofVisibleCase(
            "SELECT c.client.party.id, c.department.id FROM Case c"
                + " WHERE c.id = :case AND c.company.id = :company AND "
                + AccessRule.JPQL,
            Object[].class,
            caseId,
            viewer)
        .getResultStream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private TimeEntry entryOf(Case supportCase, long entryId) {
    TimeEntry entry = em.find(TimeEntry.class, entryId);
    if (entry == null || !entry.getCaseId().equals(supportCase.getId())) {
      throw new NotFoundException();
    }
    return entry;
  }

  /**
   * Holds the agent's row until the transaction ends: a second save of the same agent's time waits
   * here, then sees the first one's entry in its overlap check.
   */
  private void lockAgent(long agentId) {
    em.createNativeQuery("SELECT id FROM agent WHERE id = ?1 FOR UPDATE")
        .setParameter(1, agentId)
        .getResultList();
  }

  private void requireNoOverlap(TimeEntry entry, WorkPeriod period) {
    boolean overlaps =
        !em.createQuery(
                "SELECT e.id FROM TimeEntry e WHERE e.agent.id = :agent"
                    + " AND e.startAt < :end AND e.endAt > :start AND e.id <> :self",
                Long.class)
            .setParameter("agent", entry.getAgent().getId())
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .setParameter("self", entry.getId() == null ? -1L : entry.getId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (overlaps) {
      throw new InvalidInputException("start", "error.time.overlap");
    }
  }

  /** Values the entry under the contract or service chosen, which must apply to its day. */
  private void charge(
      TimeEntry entry, Case supportCase, WorkPeriod period, LogTimeCommand command) {
    if (command.serviceType() == null) {
      throw new InvalidInputException("serviceType", "error.required");
    }
    if (command.valuation() == null) {
      throw new InvalidInputException("valuation", "error.required");
    }
    Pricing pricing;
    if (command.serviceType() == ServiceType.CONTRACT) {
      Contract contract =
          command.contractId() == null ? null : em.find(Contract.class, command.contractId());
      if (contract == null
          || supportCase.getParty() == null
          || !contract.getParty().getId().equals(supportCase.getParty().getId())
          || !contract.isValidOn(period.day())) {
        throw new InvalidInputException("contractId", "error.time.noContract");
      }
      pricing = contract.getPricing();
    } else {
      StandaloneService service =
          command.serviceId() == null
              ? null
              : em.find(StandaloneService.class, command.serviceId());
      if (service == null
          || supportCase.getParty() == null
          || !service.isOfferedTo(supportCase.getParty())) {
        throw new InvalidInputException("serviceId", "error.time.noService");
      }
      pricing = service.getPricing();
    }
    EntryValue value =
        EntryValue.of(
            command.valuation(),
            pricing,
            period.minutes(),
            entry.getTravel(),
            command.manualValue(),
            command.manualReason());
    entry.chargedAs(
        command.serviceType(),
        command.contractId(),
        command.serviceId(),
        command.valuation(),
        value,
        command.manualReason());
  }

  private static String replyText(WorkPeriod period, String description) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    return format.format(period.start())
        + " - "
        + format.format(period.end())
        + "\n\n"
        + description.strip();
  }

  /**
   * Writes now, so that an entry PostgreSQL's exclusion constraint refuses (a save that raced past
   * the service's check) is told as an overlap, not as a failed commit.
   */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
          throw new InvalidInputException("start", "error.time.overlap");
        }
      }
      throw e;
    }
  }

  /**
   * One statement for the whole summary: the case's entries summed per agent (few rows, one per
   * agent who worked on it), the totals added up here, the first {@link #AGENTS_NAMED} names kept.
   */
  private TimeSummary summary(long caseId) {
    List<Object[]> perAgent =
        em.createQuery(
                "SELECT a.name, COUNT(e), SUM(e.minutes),"
                    + " SUM(CASE WHEN e.travel > 0 THEN 1 ELSE 0 END), SUM(e.value), SUM(e.loss)"
                    + " FROM TimeEntry e JOIN e.agent a WHERE e.caseId = :case"
                    + " GROUP BY a.id, a.name ORDER BY a.name, a.id",
                Object[].class)
            .setParameter("case", caseId)
            .getResultList();
    if (perAgent.isEmpty()) {
      return TimeSummary.EMPTY;
    }
    List<String> names = new ArrayList<>();
    long entries = 0;
    long minutes = 0;
    long travels = 0;
    BigDecimal value = money(null);
    BigDecimal loss = money(null);
    for (Object[] agent : perAgent) {
      if (names.size() < AGENTS_NAMED) {
        names.add((String) agent[0]);
      }
      entries += ((Number) agent[1]).longValue();
      minutes += ((Number) agent[2]).longValue();
      travels += agent[3] == null ? 0 : ((Number) agent[3]).longValue();
      value = value.add(money(agent[4]));
      loss = loss.add(money(agent[5]));
    }
    return new TimeSummary(List.copyOf(names), minutes, entries, travels, value, loss);
  }

  private static BigDecimal money(Object sum) {
    return sum == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(sum.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  private List<TimeEntryRow> rows(long caseId, PageRequest page, Agent viewer) {
    String column = page.sortField() == null ? null : SORTS.get(page.sortField());
    String order =
        column == null
            ? " ORDER BY e.startAt DESC, e.id DESC"
            : " ORDER BY " + column + (page.ascending() ? " ASC" : " DESC") + ", e.id";
    TypedQuery<Object[]> query =
        em.createQuery(ROW + order, Object[].class)
            .setParameter("case", caseId)
            .setFirstResult(page.first())
            .setMaxResults(page.size());
    List<TimeEntryRow> rows = new ArrayList<>();
    for (Object[] r : query.getResultList()) {
      long authorId = (Long) r[3];
      long authorDepartment = (Long) r[4];
      boolean mayChange =
          authorId == viewer.getId()
              || (viewer.holds(Role.SUPERVISOR)
                  && authorDepartment == viewer.getDepartment().getId());
      rows.add(
          new TimeEntryRow(
              (Long) r[0],
              ((Number) r[1]).longValue(),
              (String) r[2],
              (LocalDateTime) r[5],
              (LocalDateTime) r[6],
              ((Number) r[7]).intValue(),
              (ServiceType) r[8],
              (Long) r[9],
              (Long) r[10],
              r[11] != null ? (String) r[11] : (String) r[12],
              (Nature) r[13],
              (BigDecimal) r[14],
              (ValuationKind) r[15],
              (BigDecimal) r[16],
              (BigDecimal) r[17],
              (String) r[18],
              (String) r[19],
              mayChange));
    }
    return rows;
  }

  private List<Choice> contractsOf(Long partyId, LocalDate day) {
    if (partyId == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(k.id, k.name) FROM Contract k"
                + " WHERE k.party.id = :party AND k.validFrom <= :day"
                + " AND (k.validUntil IS NULL OR k.validUntil >= :day) ORDER BY k.name",
            Choice.class)
        .setParameter("party", partyId)
        .setParameter("day", day)
        .setMaxResults(50)
        .getResultList();
  }

  private List<Choice> servicesOf(Long partyId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(s.id, s.name) FROM StandaloneService s"
                + " WHERE s.active = TRUE AND (s.party IS NULL OR s.party.id = :party)"
                + " ORDER BY s.name",
            Choice.class)
        .setParameter("party", partyId == null ? -1L : partyId)
        .setMaxResults(50)
        .getResultList();
  }

  /** The entry templates of the active groups the agent belongs to, by name (a bounded list). */
  private List<EntryTemplateRow> templatesOf(Agent viewer) {
    return em.createQuery(
            "SELECT NEW br.com.atende.timekeeping.application.EntryTemplateRow(t.id, t.version,"
                + " g.id, g.name, t.name, t.nature, t.description)"
                + " FROM EntryTemplate t JOIN t.group g JOIN g.members m"
                + " WHERE m.id = :agent AND g.active = TRUE ORDER BY t.name, t.id",
            EntryTemplateRow.class)
        .setParameter("agent", viewer.getId())
        .setMaxResults(TEMPLATE_LIMIT)
        .getResultList();
  }
}
