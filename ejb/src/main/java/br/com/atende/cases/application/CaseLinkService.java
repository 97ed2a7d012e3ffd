package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseAudit;
import br.com.atende.cases.model.CaseRelation;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ChatTranscript;
import br.com.atende.cases.model.ContactChannel;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Cases that come from or point to other cases (SPEC C5): escalations into internal child cases,
 * related cases both ways, a case generated from another, and a client's new contact appended to
 * one of its open cases. Every list applies the access rule to both ends, so a hidden case is never
 * named through a visible one.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseLinkService {

  /** The channel of cases Atende opens for its own people (seeded by migration V9). */
  static final String INTERNAL_CHANNEL = "INTERNAL";

  /** Cases (c) linked to a case the viewer may see (o), both passing the access rule. */
  static final String FROM_VISIBLE_CASE =
      " FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h, Case o"
          + " WHERE o.id = :case AND o.company.id = :company"
          + " AND (o.about.accessLevel <= :clearance OR o.holderId = :viewerId) AND "
          + AccessRule.JPQL;

  static final String CHILDREN = FROM_VISIBLE_CASE + " AND c.parentCaseId = o.id";

  static final String PARENT = FROM_VISIBLE_CASE + " AND c.id = o.parentCaseId";

  static final String RELATED =
      " FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h, Case o, CaseRelation r"
          + " WHERE o.id = :case AND o.company.id = :company"
          + " AND (o.about.accessLevel <= :clearance OR o.holderId = :viewerId)"
          + " AND r.caseId = o.id AND c.id = r.relatedCaseId AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private CaseNumbering numbering;

  @Inject private CaseService cases;

  @Inject private Validator validator;

  @Inject private Clock clock;

  /**
   * Opens an internal child case of a case, for another department of its company: same client, no
   * contact and no email to the client, the parent's access level and case type; NEW in that
   * department's queue. The parent keeps its holder and records the escalation in its discussion.
   * Only the parent's holder or a supervisor escalates.
   */
  public OpenedCase escalate(EscalateCommand command) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    Case parent = access.visible(command.parentCaseId(), agent);
    if (!parent.mayBeEditedBy(agent)) {
      throw new BusinessException("error.escalation.notHolder", "parentCaseId");
    }
    Department department = em.find(Department.class, command.departmentId());
    if (department == null || !Identified.same(department.getCompany(), parent.getCompany())) {
      throw new InvalidInputException("departmentId", "error.department.notOfCompany");
    }
    if (Identified.same(department, parent.getDepartment())) {
      throw new InvalidInputException("departmentId", "error.escalation.sameDepartment");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Case child =
        new Case(
                numbering.next(parent.getCompany(), now.getYear()),
                agent,
                department,
                parent.getParty(),
                null,
                command.subject().strip(),
                command.request().strip(),
                command.priority(),
                parent.getAccessLevel(),
                now,
                null,
                null)
            .reachedThrough(internalChannel(), ContactOrigin.INTERNAL)
            // The type only: a classification could lower the level the parent has now.
            .classifiedAs(parent.getCaseType(), null, null, null, null)
            .escalating(parent);
    em.persist(child);
    em.flush();
    em.persist(DiscussionEntry.link(parent, DiscussionKind.ESCALATION, agent, now, child));
    access.recordFirstContact(parent, now);
    return new OpenedCase(child.getId(), child.getNumber(), false);
  }

  /** The departments a case may be escalated to: its company's, but its own. */
  public List<Choice> escalationDepartments(long caseId) {
    Case supportCase = access.visible(caseId, agents.currentAgent());
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(d.id, d.name) FROM Department d"
                + " WHERE d.company.id = :company AND d.id <> :own AND d.active = :active"
                + " ORDER BY d.name",
            Choice.class)
        .setParameter("active", true)
        .setParameter("company", supportCase.getCompany().getId())
        .setParameter("own", supportCase.getDepartment().getId())
        .getResultList();
  }

  /** The escalations of a case, newest first, paged; those the viewer may not see are left out. */
  public List<CaseSummary> escalations(long caseId, PageRequest page) {
    return visibleCases(CHILDREN + " ORDER BY c.openedAt DESC, c.id DESC", caseId, page);
  }

  public long countEscalations(long caseId) {
    return count(CHILDREN, caseId);
  }

  /** The case this one escalates, when the viewer may see it. */
  public Optional<CaseSummary> parentOf(long caseId) {
    return visibleCases(PARENT, caseId, PageRequest.of(0, 1)).stream().findFirst();
  }

  /**
   * Relates two cases of the viewer's company, both visible to it, both ways; each records it in
   * its discussion. Relating them again changes nothing.
   */
  public void relate(long caseId, String otherNumber) {
    Agent agent = agents.currentAgent();
    Case one = access.visible(caseId, agent);
    Case other = visibleByNumber(otherNumber, agent);
    // A relation writes into both discussions: both cases must be the agent's to write to.
    one.requireWritableBy(agent);
    other.requireWritableBy(agent);
    if (em.find(CaseRelation.class, new CaseRelation.Key(one.getId(), other.getId())) != null) {
      return;
    }
    relate(one, other, agent, LocalDateTime.now(clock));
  }

  /** Undoes a relation, both ways. */
  public void unrelate(long caseId, long otherCaseId) {
    Agent agent = agents.currentAgent();
    access.visible(caseId, agent).requireWritableBy(agent);
    access.visible(otherCaseId, agent).requireWritableBy(agent);
    em.createQuery(
            "DELETE FROM CaseRelation r WHERE (r.caseId = :one AND r.relatedCaseId = :other)"
                + " OR (r.caseId = :other AND r.relatedCaseId = :one)")
        .setParameter("one", caseId)
        .setParameter("other", otherCaseId)
        .executeUpdate();
  }

  /** The cases related to a case, newest first, paged; hidden ones are left out. */
  public List<CaseSummary> related(long caseId, PageRequest page) {
    return visibleCases(RELATED + " ORDER BY c.openedAt DESC, c.id DESC", caseId, page);
  }

  public long countRelated(long caseId) {
    return count(RELATED, caseId);
  }

  /**
   * Opens a new case from a visible case: same client, company, department and case type, plus the
   * chosen parts, at the source's access level or above; opened like any case (validations, opening
   * email) and related to its source.
   */
  public OpenedCase generateFrom(GenerateCaseCommand command) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    Case source = access.visible(command.sourceCaseId(), agent);
    boolean copyRequest = command.copied().contains(GeneratedPart.REQUEST);
    String request = copyRequest ? source.getRequest() : command.request();
    if (request == null || request.isBlank()) {
      throw new InvalidInputException("request", "error.required");
    }
    if (source.getCaseType() == null) {
      throw new InvalidInputException("caseTypeId", "error.generate.noCaseType");
    }
    boolean copyCatalog = command.copied().contains(GeneratedPart.CATALOG);
    boolean copyRepresentative = command.copied().contains(GeneratedPart.REPRESENTATIVE);
    OpenedCase opened =
        cases.open(
            new OpenCaseCommand(
                source.getCompany().getId(),
                source.getDepartment().getId(),
                source.getCaseType().getId(),
                copyCatalog ? idOf(source.getClassification()) : null,
                copyCatalog ? idOf(source.getCategory()) : null,
                copyCatalog ? idOf(source.getProduct()) : null,
                copyCatalog ? idOf(source.getModule()) : null,
                source.getParty().getId(),
                command.copied().contains(GeneratedPart.CONTACT) ? idOf(source.getContact()) : null,
                copyRepresentative ? idOf(source.getRepresentative()) : null,
                copyRepresentative ? idOf(source.getRepresentativeContact()) : null,
                source.getChannel() == null ? INTERNAL_CHANNEL : source.getChannel().getCode(),
                source.getOrigin() == null ? ContactOrigin.CLIENT : source.getOrigin(),
                command.subject(),
                request,
                source.getPriority(),
                null,
                false));
    LocalDateTime now = LocalDateTime.now(clock);
    Case generated = em.find(Case.class, opened.id());
    // What the source holds is copied into the new case: it keeps at least the source's level.
    CaseAudit raised = generated.keepLevelOf(source, agent, now);
    if (raised != null) {
      em.persist(raised);
    }
    relate(source, generated, agent, now);
    return opened;
  }

  /**
   * The client's open cases the viewer may see, newest first: where a new contact may be appended
   * instead of opening another case.
   */
  public List<CaseSummary> openCasesOf(long partyId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return CaseAccess.withAccessRule(
            em.createQuery(
                CaseSummary.SELECT
                    + " FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h"
                    + " WHERE p.id = :party AND c.company.id = :company AND c.status IN :open AND "
                    + AccessRule.JPQL
                    + " ORDER BY c.openedAt DESC, c.id DESC",
                CaseSummary.class),
            viewer)
        .setParameter("party", partyId)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("open", List.copyOf(CaseStatus.openStates()))
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * Appends a client's new contact to one of its open cases (seed 001 §1.2) instead of opening a
   * new one: a CLIENT_CONTACT entry in the discussion, the agent having handled the contact.
   */
  public void append(AppendCommand command) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    Case target = access.visible(command.caseId(), agent);
    if (!target.getParty().getId().equals(command.partyId())) {
      throw new InvalidInputException("caseId", "error.append.otherParty");
    }
    if (!target.getStatus().isOpen()) {
      throw new InvalidInputException("caseId", "error.append.closed");
    }
    target.requireWritableBy(agent);
    ContactChannel channel = em.find(ContactChannel.class, command.channel());
    if (channel == null || !channel.isActive()) {
      throw new InvalidInputException("channel", "error.channel.unknown");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.persist(DiscussionEntry.clientContact(target, agent, now, command.request()));
    access.recordFirstContact(target, now);
  }

  /**
   * Appends a finished chat with the client to one of its cases (seed 001 §1), kept whole as one
   * CHAT_TRANSCRIPT entry. The case must be visible, writable by the caller and still open; a case
   * of another client is refused when the caller names the client.
   */
  public void appendTranscript(long caseId, Long partyId, ChatTranscript transcript) {
    Agent agent = agents.currentAgent();
    Case target = access.visible(caseId, agent);
    if (partyId != null && !target.getParty().getId().equals(partyId)) {
      throw new InvalidInputException("caseId", "error.append.otherParty");
    }
    if (!target.getStatus().isOpen()) {
      throw new InvalidInputException("caseId", "error.append.closed");
    }
    target.requireWritableBy(agent);
    LocalDateTime now = LocalDateTime.now(clock);
    em.persist(DiscussionEntry.chatTranscript(target, agent, now, transcript));
    access.recordFirstContact(target, now);
  }

  /**
   * Relates two cases both ways. Each discussion names the other case only when the other's level
   * is not above its own: a discussion entry is fixed text that everyone who may read the case
   * reads, whatever their clearance, so naming a more restricted case there would hand its number
   * and subject to readers its level keeps out. The relation itself is kept both ways; the related
   * cases panel lists it to each reader by the access rule, at the time it is read.
   */
  private void relate(Case one, Case other, Agent agent, LocalDateTime now) {
    CaseRelation.between(one, other, agent, now).forEach(em::persist);
    if (other.getAccessLevel() <= one.getAccessLevel()) {
      em.persist(DiscussionEntry.link(one, DiscussionKind.RELATION, agent, now, other));
    }
    if (one.getAccessLevel() <= other.getAccessLevel()) {
      em.persist(DiscussionEntry.link(other, DiscussionKind.RELATION, agent, now, one));
    }
  }

  private Case visibleByNumber(String number, Agent viewer) {
    if (number == null || number.isBlank()) {
      throw new InvalidInputException("otherNumber", "error.required");
    }
    List<Long> found =
        em.createQuery(
                "SELECT c.id FROM Case c WHERE c.number = :number AND c.company.id = :company"
                    + " AND c.deletedAt IS NULL",
                Long.class)
            .setParameter("number", number.strip())
            .setParameter("company", viewer.getCompany().getId())
            .getResultList();
    if (found.isEmpty()) {
      throw new InvalidInputException("otherNumber", "error.relation.unknownCase");
    }
    try {
      return access.visible(found.get(0), viewer);
    } catch (NotFoundException hidden) {
      // A case the viewer may not see answers exactly like one that does not exist.
      throw new InvalidInputException("otherNumber", "error.relation.unknownCase");
    }
  }

  private List<CaseSummary> visibleCases(String from, long caseId, PageRequest page) {
    return access
        .ofVisibleCase(CaseSummary.SELECT + from, CaseSummary.class, caseId, agents.currentAgent())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** Linked cases, counted up to the cap like every count a page shows. */
  private long count(String from, long caseId) {
    return CappedCount.count(
            access.ofVisibleCase("SELECT c.id" + from, Long.class, caseId, agents.currentAgent()))
        .value();
  }

  private ContactChannel internalChannel() {
    ContactChannel channel = em.find(ContactChannel.class, INTERNAL_CHANNEL);
    if (channel == null) {
      throw new IllegalStateException("the INTERNAL contact channel is seeded by migration V9");
    }
    return channel;
  }

  private static Long idOf(Identified entity) {
    return entity == null ? null : entity.getId();
  }
}
