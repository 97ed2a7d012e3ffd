package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
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

/**
 * The discussion of a case (SPEC C2): an append-only timeline, newest first, paged in the database.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class DiscussionService {

  private static final String OF_VISIBLE_CASE =
      " FROM DiscussionEntry d JOIN d.supportCase c JOIN d.author a"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Validator validator;

  @Inject private Clock clock;

  public void addNote(AddNoteCommand command) {
    requireValid(validator, command);
    Agent author = agents.currentAgent();
    Case supportCase = access.visible(command.caseId(), author);
    em.persist(
        DiscussionEntry.note(
            supportCase,
            author,
            LocalDateTime.now(clock),
            command.text().strip(),
            command.internal(),
            command.publishable()));
  }

  public List<DiscussionItem> discussion(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return em.createQuery(
            "SELECT NEW br.com.atende.cases.application.DiscussionItem(d.id, d.kind, a.name, d.createdAt,"
                + " d.body, d.fromStatus, d.toStatus, d.internal, d.publishable)"
                + OF_VISIBLE_CASE
                + " ORDER BY d.createdAt DESC, d.id DESC",
            DiscussionItem.class)
        .setParameter("case", caseId)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("clearance", viewer.getClearance())
        .setParameter("viewerId", viewer.getId())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countDiscussion(long caseId) {
    Agent viewer = agents.currentAgent();
    return em.createQuery("SELECT COUNT(d)" + OF_VISIBLE_CASE, Long.class)
        .setParameter("case", caseId)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("clearance", viewer.getClearance())
        .setParameter("viewerId", viewer.getId())
        .getSingleResult();
  }
}
