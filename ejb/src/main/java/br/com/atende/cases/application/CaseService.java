package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.bell.Bell;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseAudit;
import br.com.atende.cases.model.CaseFields;
import br.com.atende.cases.model.ContactChannel;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.Forwarding;
import br.com.atende.cases.model.HandOver;
import br.com.atende.cases.model.StatusChange;
import br.com.atende.cases.notification.CaseMail;
import br.com.atende.cases.notification.ForwardingMail;
import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.Representative;
import br.com.atende.settings.SystemSettings;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.CatalogueEntry;
import br.com.atende.shared.Choice;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.RichText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opening cases and reading them back. The transaction boundary of each action, and the only place
 * where the access rule is applied: inside every query that lists, counts or loads cases.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseService {

  private static final String SUMMARY = CaseSummary.SELECT;

  /**
   * The cases of one party in one company that the viewer may see, the party given by its id: a
   * constant the index on (party, opened_at) ranges over, newest first, however many cases the
   * client has.
   */
  private static final String OF_PARTY =
      " FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h"
          + " WHERE p.id = :party AND c.company.id = :company AND "
          + AccessRule.JPQL;

  private static final String AUDIT_OF_VISIBLE_CASE =
      // Left: the overdue sweep's rows name no agent.
      " FROM CaseAudit a JOIN a.supportCase c LEFT JOIN a.changedBy b"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private SystemSettings settings;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private CaseMail caseMail;

  @Inject private ForwardingMail forwardingMail;

  @Inject private Validator validator;

  @Inject private Clock clock;

  @Inject private CaseNumbering numbering;

  @Inject private HandOverRecorder handOvers;

  @Inject private Bell bell;

  public OpenedCase open(OpenCaseCommand command) {
    requireValid(validator, command);
    Agent opener = agents.currentAgent();
    Company company = em.find(Company.class, command.companyId());
    // A company deactivated by an administrator keeps its cases but gets no new ones.
    if (company == null || !company.isActive()) {
      throw new InvalidInputException("companyId", "error.company.unknown");
    }
    Department department = em.find(Department.class, command.departmentId());
    if (department == null || !Identified.same(department.getCompany(), company)) {
      throw new InvalidInputException("departmentId", "error.department.notOfCompany");
    }
    if (command.assignToMe() && !Identified.same(company, opener.getCompany())) {
      throw new InvalidInputException("assignToMe", "error.assign.otherCompany");
    }
    Party party = em.find(Party.class, command.partyId());
    if (party == null || !party.isActive()) {
      throw new InvalidInputException("partyId", "error.party.unknown");
    }
    if (party.isSupplier() && settings.forbidsCasesForSuppliers()) {
      throw new InvalidInputException("partyId", "error.party.supplier");
    }
    Contact contact = activeContact(command.contactId(), "contactId");
    if (contact != null && !contact.belongsTo(party)) {
      throw new InvalidInputException("contactId", "error.contact.notOfParty");
    }
    Representative representative = null;
    if (command.representativeId() != null) {
      representative = em.find(Representative.class, command.representativeId());
      if (representative == null || !representative.isActive()) {
        throw new InvalidInputException("representativeId", "error.representative.unknown");
      }
    }
    Contact representativeContact =
        activeContact(command.representativeContactId(), "representativeContactId");
    ContactChannel channel = em.find(ContactChannel.class, command.channel());
    if (channel == null || !channel.isActive()) {
      throw new InvalidInputException("channel", "error.channel.unknown");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Case opened =
        new Case(
                numbering.next(company, now.getYear()),
                opener,
                department,
                party,
                contact,
                command.subject().strip(),
                command.request().strip(),
                command.priority(),
                0,
                now,
                command.dueDate(),
                command.assignToMe() ? opener : null)
            .reachedThrough(channel, command.origin())
            .classifiedAs(
                active(CaseType.class, command.caseTypeId(), "caseTypeId", null),
                active(Classification.class, command.classificationId(), "classificationId", null),
                active(CaseCategory.class, command.categoryId(), "categoryId", null),
                active(Product.class, command.productId(), "productId", null),
                active(ProductModule.class, command.moduleId(), "moduleId", null))
            .representedBy(representative, representativeContact);
    if (command.accessLevel() != null) {
      opened.openedAtLevel(command.accessLevel(), opener);
    }
    HandOver handOver = handOverWhileOpening(opened, command, opener, now);
    em.persist(opened);
    em.flush();
    if (handOver != null) {
      handOvers.record(opened, handOver, recipientsOf(handOver), List.of());
    }
    boolean emailQueued = caseMail.queueOpeningEmail(opened);
    return new OpenedCase(opened.getId(), opened.getNumber(), emailQueued);
  }

  /**
   * The group or the assignee the case is opened into, if the form named one (SPEC C1): recorded as
   * an assignment in the forwarding history, and the receivers emailed like any hand-over.
   */
  private HandOver handOverWhileOpening(
      Case opened, OpenCaseCommand command, Agent opener, LocalDateTime now) {
    if (command.targetGroupId() != null && command.assigneeId() != null) {
      throw new InvalidInputException("targetGroupId", "error.open.groupAndAssignee");
    }
    if (command.targetGroupId() != null) {
      AgentGroup group = em.find(AgentGroup.class, command.targetGroupId());
      if (group == null) {
        throw new InvalidInputException("targetGroupId", "error.group.unknown");
      }
      return opened.openedForGroup(group, opener, now);
    }
    if (command.assigneeId() != null) {
      Agent assignee = em.find(Agent.class, command.assigneeId());
      if (assignee == null) {
        throw new InvalidInputException("assigneeId", "error.agent.unknown");
      }
      return opened.openedAssignedTo(assignee, opener, now);
    }
    return null;
  }

  private static List<Agent> recipientsOf(HandOver handOver) {
    Forwarding row = handOver.forwarding();
    if (row.getToGroup() != null) {
      return List.copyOf(row.getToGroup().activeMembers());
    }
    return row.getToAgent() == null ? List.of() : List.of(row.getToAgent());
  }

  /** At most this many agents are offered to assign a case to (a department's agents). */
  public static final int ASSIGNABLE_LIMIT = 200;

  /**
   * The agents a supervisor may assign this case to from the case page (see {@link #assign}): the
   * active agents of the departments it leads but the case's holder, by name, at most {@link
   * #ASSIGNABLE_LIMIT}. Empty for a closed case and for a case of a department it does not lead.
   */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public List<Choice> assignableAgents(long caseId) {
    Agent supervisor = agents.currentAgent();
    Case supportCase = access.visible(caseId, supervisor);
    if (!supportCase.getStatus().isOpen() || !supervisor.leads(supportCase.getDepartment())) {
      // A supervisor assigns only the cases of the departments it leads (Case#assignTo).
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(a.id, a.name) FROM Agent a JOIN a.roles r"
                + " WHERE a.department.id IN :departments AND a.active = :active AND r = :agentRole"
                + " AND a.apiClient = :apiClient"
                + " AND a.id <> :holder ORDER BY a.name, a.id",
            Choice.class)
        .setParameter("departments", supervisor.ledDepartmentIds())
        .setParameter("active", true)
        .setParameter("agentRole", Role.AGENT)
        .setParameter("apiClient", false)
        .setParameter("holder", supportCase.getHolderId() == null ? -1L : supportCase.getHolderId())
        .setMaxResults(ASSIGNABLE_LIMIT)
        .getResultList();
  }

  /**
   * The agents a supervisor may open a case straight into the hands of (the opening form's
   * "assignee"): the active agents of the departments it leads, by name, at most {@link
   * #ASSIGNABLE_LIMIT}; none for an agent who is not a supervisor.
   */
  public List<Choice> openingAssignees() {
    Agent opener = agents.currentAgent();
    if (!opener.holds(Role.SUPERVISOR)) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(a.id, a.name) FROM Agent a JOIN a.roles r"
                + " WHERE a.department.id IN :departments AND a.active = :active AND r = :agentRole"
                + " AND a.apiClient = :apiClient"
                + " ORDER BY a.name, a.id",
            Choice.class)
        // Its own department and those it supervises (issue 15), as Case.mayAssign allows.
        .setParameter("departments", opener.ledDepartmentIds())
        .setParameter("active", true)
        .setParameter("agentRole", Role.AGENT)
        .setParameter("apiClient", false)
        .setMaxResults(ASSIGNABLE_LIMIT)
        .getResultList();
  }

  /** The active groups of a company a case may be opened into, by name (the form's "group"). */
  public List<Choice> openingGroups(long companyId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(g.id, g.name) FROM AgentGroup g"
                + " WHERE g.company.id = :company AND g.active = :active ORDER BY g.name, g.id",
            Choice.class)
        .setParameter("company", companyId)
        .setParameter("active", true)
        .setMaxResults(ASSIGNABLE_LIMIT)
        .getResultList();
  }

  /**
   * Edits the case's fields (request, subject, priority, due date, what it is about): its holder or
   * a supervisor, while it is open; every field that changed is audited. Returns the new version.
   */
  public long edit(EditCaseCommand command) {
    requireValid(validator, command);
    Agent editor = agents.currentAgent();
    Case supportCase = access.forChange(command.caseId(), command.expectedVersion(), editor);
    CaseFields fields =
        new CaseFields(
            command.subject().strip(),
            command.request().strip(),
            command.priority(),
            command.dueDate(),
            active(CaseType.class, command.caseTypeId(), "caseTypeId", supportCase.getCaseType()),
            active(
                Classification.class,
                command.classificationId(),
                "classificationId",
                supportCase.getClassification()),
            active(
                CaseCategory.class, command.categoryId(), "categoryId", supportCase.getCategory()),
            active(Product.class, command.productId(), "productId", supportCase.getProduct()),
            active(ProductModule.class, command.moduleId(), "moduleId", supportCase.getModule()));
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime dueBefore = supportCase.getDueDate();
    supportCase.edit(fields, command.dueDateNote(), editor, now).forEach(em::persist);
    if (!Objects.equals(dueBefore, supportCase.getDueDate())
        && command.dueDateNote() != null
        && !command.dueDateNote().isBlank()) {
      // Seed 001 §2.1: the contact made and the new date, for whoever works the case next. The
      // note is plain text typed in a field, and the conversation shows bodies as markup: escaped,
      // its lines kept (issue 16: XssCorpusIT found it stored as typed and run on the case page).
      em.persist(
          DiscussionEntry.note(
              supportCase,
              editor,
              now,
              RichText.escape(command.dueDateNote().strip()).replace("\n", "<br>"),
              true,
              false));
    }
    access.flush();
    return supportCase.getVersion();
  }

  /**
   * Changes the party, contact, representative and representative contact of a case, by the rules
   * of {@link Case#relink}; every change audited. Returns the new version.
   */
  public long relink(RelinkCommand command) {
    requireValid(validator, command);
    Agent editor = agents.currentAgent();
    Case supportCase = access.forChange(command.caseId(), command.expectedVersion(), editor);
    Party party = em.find(Party.class, command.partyId());
    boolean sameParty = Identified.same(party, supportCase.getParty());
    if (party == null || (!sameParty && !party.isActive())) {
      throw new InvalidInputException("partyId", "error.party.unknown");
    }
    if (!sameParty && party.isSupplier() && settings.forbidsCasesForSuppliers()) {
      throw new InvalidInputException("partyId", "error.party.supplier");
    }
    Representative representative = null;
    if (command.representativeId() != null) {
      representative = em.find(Representative.class, command.representativeId());
      if (representative == null
          || (!representative.isActive()
              && !Identified.same(representative, supportCase.getRepresentative()))) {
        throw new InvalidInputException("representativeId", "error.representative.unknown");
      }
    }
    supportCase
        .relink(
            party,
            linkedContact(command.contactId(), supportCase.getContact(), "contactId"),
            representative,
            linkedContact(
                command.representativeContactId(),
                supportCase.getRepresentativeContact(),
                "representativeContactId"),
            editor,
            LocalDateTime.now(clock))
        .forEach(em::persist);
    access.flush();
    return supportCase.getVersion();
  }

  /** The audit trail of a case the viewer may see (SPEC C10), newest first, paged. */
  public List<AuditItem> auditTrail(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            "SELECT NEW br.com.atende.cases.application.AuditItem(a.fieldName, a.oldValue,"
                + " a.newValue, b.name, a.changedAt)"
                + AUDIT_OF_VISIBLE_CASE
                + " ORDER BY a.changedAt DESC, a.id DESC",
            AuditItem.class,
            caseId,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countAuditTrail(long caseId) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase("SELECT COUNT(a)" + AUDIT_OF_VISIBLE_CASE, Long.class, caseId, viewer)
        .getSingleResult();
  }

  /**
   * A catalog entry by id, when one is given: it must exist and be active, or be the one the case
   * already has (deactivated meanwhile, it stays on the case until the agent changes it).
   */
  private <T extends CatalogueEntry> T active(Class<T> type, Long id, String field, T current) {
    if (id == null) {
      return null;
    }
    T found = em.find(type, id);
    if (found == null || !(found.isActive() || Identified.same(found, current))) {
      throw new InvalidInputException(field, "error.catalog.unknown");
    }
    return found;
  }

  private Contact activeContact(Long id, String field) {
    if (id == null) {
      return null;
    }
    Contact found = em.find(Contact.class, id);
    if (found == null || !found.isActive()) {
      throw new InvalidInputException(field, "error.contact.unknown");
    }
    return found;
  }

  /**
   * A contact to link to a case: active, or the one already linked (which may since be inactive).
   */
  private Contact linkedContact(Long id, Contact current, String field) {
    if (id != null && current != null && id.equals(current.getId())) {
      return current;
    }
    return activeContact(id, field);
  }

  /**
   * A supervisor changes the case's access level; the change is audited. Returns the case's new
   * version.
   */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public long changeAccessLevel(long caseId, long expectedVersion, int level) {
    Agent supervisor = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, supervisor);
    CaseAudit audit = supportCase.changeAccessLevel(level, supervisor, LocalDateTime.now(clock));
    if (audit != null) {
      em.persist(audit);
    }
    access.flush();
    return supportCase.getVersion();
  }

  /**
   * A supervisor hands the case to an active agent of its own department (the case page's "assign";
   * the candidates are {@link #assignableAgents}): recorded in the forwarding history and a FORWARD
   * entry, the assignee emailed. Returns the case's new version.
   */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public long assign(long caseId, long expectedVersion, long agentId) {
    Agent supervisor = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, supervisor);
    Agent assignee = em.find(Agent.class, agentId);
    if (assignee == null) {
      throw new InvalidInputException("holder", "error.agent.unknown");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Forwarding assignment = supportCase.assignmentRecord(assignee, supervisor, now);
    StatusChange change = supportCase.assignTo(assignee, supervisor, now);
    em.persist(assignment);
    if (change != null) {
      em.persist(change);
      em.persist(DiscussionEntry.statusChange(supportCase, change, null));
    }
    em.persist(DiscussionEntry.forwarding(supportCase, assignment));
    access.flush();
    forwardingMail.queue(supportCase, assignment, List.of(assignee));
    bell.handedOver(supportCase, List.of(assignee), supervisor);
    return supportCase.getVersion();
  }

  /**
   * The client timeline of a case (SPEC C2): every case of the same party that the viewer may see,
   * this one included, newest first.
   */
  public List<CaseSummary> clientTimeline(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return sameParty(
            SUMMARY, " ORDER BY c.openedAt DESC, c.id DESC", CaseSummary.class, caseId, viewer)
        .map(query -> query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList())
        .orElse(List.of());
  }

  /**
   * How many cases the timeline pages through, capped: a client may have tens of thousands, and the
   * page shows "1000+" rather than have the database count them all.
   */
  public long countClientTimeline(long caseId) {
    Agent viewer = agents.currentAgent();
    return sameParty("SELECT c.id", "", Long.class, caseId, viewer)
        .map(query -> CappedCount.count(query).value())
        .orElse(0L);
  }

  /**
   * A query over the cases of the same client as a case the viewer may see, in that case's company;
   * none when the viewer may not see it (its timeline is then empty, like a hidden sibling never
   * shows).
   */
  private <T> Optional<TypedQuery<T>> sameParty(
      String select, String order, Class<T> type, long caseId, Agent viewer) {
    long company = access.companyFor(caseId, viewer);
    return access
        .ofVisibleCase(
            "SELECT c.client.party.id FROM Case c WHERE c.id = :case AND c.company.id = :company AND "
                + AccessRule.JPQL,
            Long.class,
            caseId,
            viewer,
            company)
        .getResultStream()
        .findFirst()
        .map(
            party ->
                CaseAccess.withAccessRule(em.createQuery(select + OF_PARTY + order, type), viewer)
                    .setParameter("party", party)
                    .setParameter("company", company));
  }

  /**
   * What the opening form starts with: the agent's company and department, and the company's first
   * active case type (none when the company has none yet).
   */
  public OpeningDefaults openingDefaults() {
    Agent opener = agents.currentAgent();
    Long caseType =
        em.createQuery(
                "SELECT t.id FROM CaseType t WHERE t.company.id = :company AND t.active = TRUE"
                    + " ORDER BY t.name",
                Long.class)
            .setParameter("company", opener.getCompany().getId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new OpeningDefaults(
        opener.getCompany().getId(),
        opener.getDepartment().getId(),
        caseType,
        opener.holds(Role.SUPERVISOR));
  }

  /** The active contact channels, in their configured order, for the opening form. */
  public List<ChannelOption> contactChannels() {
    return em.createQuery(
            "SELECT NEW br.com.atende.cases.application.ChannelOption(ch.code, ch.namePt, ch.nameEn)"
                + " FROM ContactChannel ch WHERE ch.active = TRUE ORDER BY ch.sortOrder",
            ChannelOption.class)
        .getResultList();
  }

  /** The party and contact of a case the viewer may see, to open another case for them. */
  public SamePartyDraft draftForSameParty(long caseId) {
    Agent viewer = agents.currentAgent();
    Case source = access.visible(caseId, viewer);
    Party party = source.getParty();
    return new SamePartyDraft(
        new PartyOption(party.getId(), party.getKind(), party.getName(), party.getTaxId()),
        source.getContact() == null ? null : source.getContact().getId());
  }

  /** The case page. A case the viewer may not see answers exactly as one that does not exist. */
  public CaseDetails details(long caseId) {
    Agent viewer = agents.currentAgent();
    return em.createQuery(
            "SELECT NEW br.com.atende.cases.application.CaseDetails(c.id, c.number, co.id, co.name, c.subject,"
                + " c.request, c.priority, c.status, c.about.accessLevel, p.kind, p.name, ct.name, ct.email,"
                + " d.name, o.name, h.name, c.openedAt, c.schedule.dueDate, c.schedule.overdue, c.schedule.scheduledFor,"
                + " c.schedule.schedulingCount, c.voicemailMessages, c.closedAt, ch.namePt, ch.nameEn,"
                + " c.origin, t.id, t.name, cl.id, cl.name, cat.id, cat.name, pr.id, pr.name, m.id,"
                + " m.name, p.id, ct.id, r.id, r.name, rc.id, rc.name, c.firstContactAt, c.emailSender, c.version)"
                + " FROM Case c JOIN c.company co JOIN c.client.party p JOIN c.department d JOIN c.opener o"
                + " LEFT JOIN c.client.contact ct LEFT JOIN c.custody.holder h LEFT JOIN c.channel ch"
                + " LEFT JOIN c.about.caseType t LEFT JOIN c.about.classification cl LEFT JOIN c.about.category cat"
                + " LEFT JOIN c.about.product pr LEFT JOIN c.about.module m LEFT JOIN c.client.representative r"
                + " LEFT JOIN c.client.representativeContact rc"
                + " WHERE c.id = :id AND c.company.id = :company AND "
                + AccessRule.JPQL,
            CaseDetails.class)
        .setParameter("id", caseId)
        .setParameter("company", access.companyFor(caseId, viewer))
        .setParameter("clearance", viewer.getClearance())
        .setParameter("viewerId", viewer.getId())
        .getResultStream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }
}
