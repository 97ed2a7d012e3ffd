package br.com.atende.cases.application;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Loads a case for a change on behalf of an agent, within the caller's transaction: only a case the
 * agent may see (else "not found"), and only in the version the agent was looking at (else a
 * concurrent change).
 */
@Dependent
public class CaseAccess {

  @PersistenceContext private EntityManager em;

  public Case forChange(long caseId, long expectedVersion, Agent viewer) {
    Case found = visible(caseId, viewer);
    if (found.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(found.getLastChangedBy().getName());
    }
    return found;
  }

  /** A case the agent may see, whatever its version; "not found" otherwise. */
  public Case visible(long caseId, Agent viewer) {
    return checkedVisible(em.find(Case.class, caseId), viewer);
  }

  private static Case checkedVisible(Case found, Agent viewer) {
    if (found == null || !maySee(found, viewer)) {
      throw new NotFoundException();
    }
    return found;
  }

  /**
   * Whether the agent may see the case: of its company, held by it or in its queue, and the access
   * rule. For those told of a case without asking to see it (the bell's mentions).
   */
  public static boolean maySee(Case found, Agent viewer) {
    // A case in the trash is found by nobody (SPEC C10): only the trash service reads it.
    return !found.isDeleted()
        && (found.getCompany().getId().equals(viewer.getCompany().getId())
            || found.isHeldBy(viewer)
            || found.inQueueOf(viewer))
        && AccessRule.maySee(
            viewer.getClearance(),
            viewer.getId(),
            found.getAccessLevel(),
            found.getHolder() == null ? null : found.getHolder().getId());
  }

  /**
   * A query over one case's records (discussion, solutions, status history) that returns rows only
   * when the viewer may see the case. The JPQL aliases the case {@code c} and restricts it with
   * {@code c.id = :case AND c.company.id = :company AND} {@link AccessRule#JPQL}.
   */
  public <T> TypedQuery<T> ofVisibleCase(String jpql, Class<T> type, long caseId, Agent viewer) {
    return ofVisibleCase(jpql, type, caseId, viewer, companyFor(caseId, viewer));
  }

  /**
   * The same with the company already found by {@link #companyFor}, for a call that runs several
   * queries over one case and need not look it up for each.
   */
  public <T> TypedQuery<T> ofVisibleCase(
      String jpql, Class<T> type, long caseId, Agent viewer, long company) {
    return withAccessRule(em.createQuery(jpql, type), viewer)
        .setParameter("case", caseId)
        .setParameter("company", company);
  }

  /**
   * The company whose cases the viewer works in, for one case: its own, or the case's when the
   * viewer holds it or one of its groups does (a case may be forwarded to an agent or a group of
   * any company of the group, SPEC C5).
   */
  public long companyFor(long caseId, Agent viewer) {
    return em.createQuery(
            "SELECT c.company.id FROM Case c WHERE c.id = :case AND (c.holderId = :viewerId"
                + " OR c.holdingGroupId IN (SELECT g.id FROM AgentGroup g JOIN g.members m"
                + " WHERE m.id = :viewerId))",
            Long.class)
        .setParameter("case", caseId)
        .setParameter("viewerId", viewer.getId())
        .getResultStream()
        .findFirst()
        .orElse(viewer.getCompany().getId());
  }

  /**
   * The agent replied to the client: the case leaves the "answered by the client" tab. Native SQL,
   * so the version the agent works on stays current.
   */
  public void recordAgentReply(long caseId) {
    em.createNativeQuery(
            "UPDATE support_case SET awaiting_agent = ?1 WHERE id = ?2 AND awaiting_agent = ?3")
        .setParameter(1, false)
        .setParameter(2, caseId)
        .setParameter(3, true)
        .executeUpdate();
  }

  /**
   * The client replied to the case (queue tab "answered by the client"). Only the inbound email
   * processing calls this, in the transaction that appends the reply: no agent-facing service
   * offers it, so no caller can mark a case it may not see. Native SQL, leaving the version alone.
   */
  public void recordClientReply(long caseId) {
    int updated =
        em.createNativeQuery("UPDATE support_case SET awaiting_agent = ?1 WHERE id = ?2")
            .setParameter(1, true)
            .setParameter(2, caseId)
            .executeUpdate();
    if (updated == 0) {
      throw new NotFoundException();
    }
  }

  /**
   * Whether an escalation child of the case is still open, whoever may see it: a parent is
   * concluded, cancelled or deleted only once all its children are concluded (seed 004 §4.6), so
   * that none is left without the case it answers to.
   */
  public boolean hasOpenEscalations(Case parent) {
    return !em.createQuery(
            "SELECT c.id FROM Case c WHERE c.parentCaseId = :parent AND c.status IN :open"
                + " AND c.deletedAt IS NULL",
            Long.class)
        .setParameter("parent", parent.getId())
        .setParameter("open", List.copyOf(CaseStatus.openStates()))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Binds the parameters of {@link AccessRule#JPQL} for this viewer. */
  public static <T> TypedQuery<T> withAccessRule(TypedQuery<T> query, Agent viewer) {
    return query
        .setParameter("clearance", viewer.getClearance())
        .setParameter("viewerId", viewer.getId());
  }

  /**
   * Notes the first time an agent acted on the case (SPEC C2 "first contact") when an action adds
   * to the case without changing it, such as a note. A bulk update: it leaves the case's version
   * alone, so the page the agent works on stays current, and two first actions racing keep the
   * earlier one.
   */
  public void recordFirstContact(Case supportCase, LocalDateTime now) {
    if (supportCase.getFirstContactAt() == null) {
      recordFirstContact(List.of(supportCase.getId()), now);
    }
  }

  /**
   * {@link #recordFirstContact(Case, LocalDateTime)} for many cases in one statement. Native SQL:
   * EclipseLink's JPQL bulk update would also increment the version.
   */
  public void recordFirstContact(Collection<Long> caseIds, LocalDateTime now) {
    List<Long> ids = List.copyOf(caseIds);
    StringBuilder placeholders = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      placeholders.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    Query update =
        em.createNativeQuery(
                "UPDATE support_case SET first_contact_at = ?1 WHERE first_contact_at IS NULL"
                    + " AND id IN ("
                    + placeholders
                    + ")")
            .setParameter(1, now);
    for (int i = 0; i < ids.size(); i++) {
      update.setParameter(i + 2, ids.get(i));
    }
    update.executeUpdate();
  }

  /**
   * Writes the change now, so that a save that raced ours since {@link #forChange} is reported as a
   * concurrent change instead of failing the commit.
   */
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException(null);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConcurrentChangeException(null);
      }
      throw e;
    }
  }
}
