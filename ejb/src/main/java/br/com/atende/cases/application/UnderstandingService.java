package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.Understanding;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
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
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The understanding (entendimento) of cases, SPEC C2: added to one case from its page, or to many
 * cases selected in the queue at once, all or nothing.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class UnderstandingService {

  /** The most cases one understanding is added to in one go: a queue page's worth. */
  public static final int MAX_CASES = 200;

  private static final String OF_VISIBLE_CASE =
      " FROM Understanding u JOIN u.author a, Case c"
          + " WHERE u.caseId = c.id AND c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Validator validator;

  @Inject private Clock clock;

  /**
   * Adds the understanding to every given case, or to none: each must be one the agent may see
   * (else "not found", as for one unseen case) and may write to (its holder, its group or
   * department while nobody holds it, or its department's supervisor, on an open case; else refused
   * naming the first such case). Returns how many cases got it.
   */
  public int add(AddUnderstandingCommand command) {
    requireValid(validator, command);
    Agent author = agents.currentAgent();
    List<Long> ids = List.copyOf(new LinkedHashSet<>(command.caseIds()));
    List<Case> cases =
        CaseAccess.withAccessRule(
                em.createQuery(
                    "SELECT c FROM Case c WHERE c.id IN :ids AND c.company.id = :company AND "
                        + AccessRule.JPQL
                        + " ORDER BY c.number",
                    Case.class),
                author)
            .setParameter("ids", ids)
            .setParameter("company", author.getCompany().getId())
            .getResultList();
    if (cases.size() != ids.size()) {
      throw new NotFoundException();
    }
    cases.stream()
        .filter(supportCase -> !supportCase.mayBeWrittenBy(author))
        .findFirst()
        .ifPresent(
            refused -> {
              throw new BusinessException(
                  "error.understanding.notWritable", null, refused.getNumber());
            });
    LocalDateTime now = LocalDateTime.now(clock);
    String body = command.text().strip();
    for (long caseId : ids) {
      em.persist(new Understanding(caseId, author, now, body));
    }
    access.recordFirstContact(ids, now);
    return ids.size();
  }

  public List<UnderstandingItem> ofCase(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            "SELECT NEW br.com.atende.cases.application.UnderstandingItem(u.id, a.name,"
                + " u.createdAt, u.body)"
                + OF_VISIBLE_CASE
                + " ORDER BY u.createdAt DESC, u.id DESC",
            UnderstandingItem.class,
            caseId,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countOfCase(long caseId) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase("SELECT COUNT(u)" + OF_VISIBLE_CASE, Long.class, caseId, viewer)
        .getSingleResult();
  }
}
