package br.com.atende.it.support;

import br.com.atende.cases.application.CaseNumbering;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.Priority;
import br.com.atende.organization.model.Agent;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many cases made cheaply for the bulk actions' tests: persisted in one transaction as the import
 * opens them (numbered, in the agent's department, no email), instead of one service call each.
 */
@Stateless
@PermitAll
public class BulkCases {

  @PersistenceContext private EntityManager em;

  @Inject private CaseNumbering numbering;

  /**
   * {@code count} open cases of the agent's department at this access level, held by the agent when
   * {@code held} (else waiting in the department's queue); their ids in id order.
   */
  public List<Long> open(String login, int count, int accessLevel, boolean held) {
    Agent agent =
        em.createQuery("SELECT a FROM Agent a WHERE a.login = :login", Agent.class)
            .setParameter("login", login)
            .getSingleResult();
    Party party = new Party(PartyKind.PERSON, "Cliente em massa " + login, null, null, null);
    em.persist(party);
    LocalDateTime now = LocalDateTime.now();
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Case supportCase =
          new Case(
              numbering.next(agent.getCompany(), now.getYear()),
              agent,
              agent.getDepartment(),
              party,
              null,
              "Caso em massa " + i,
              "Pedido em massa " + i,
              Priority.NORMAL,
              accessLevel,
              now,
              null,
              held ? agent : null);
      em.persist(supportCase);
      cases.add(supportCase);
    }
    em.flush();
    return cases.stream().map(Case::getId).sorted().toList();
  }

  /** How many understandings by this agent each of the cases holds, in the cases' order. */
  public List<Long> understandingsBy(List<Long> caseIds, String login) {
    List<Long> counts = new ArrayList<>();
    for (int from = 0; from < caseIds.size(); from += 500) {
      List<Long> slice = caseIds.subList(from, Math.min(caseIds.size(), from + 500));
      Map<Long, Long> byCase = new HashMap<>();
      em.createQuery(
              "SELECT u.caseId, COUNT(u) FROM Understanding u WHERE u.caseId IN :ids"
                  + " AND u.author.login = :login GROUP BY u.caseId",
              Object[].class)
          .setParameter("ids", slice)
          .setParameter("login", login)
          .getResultList()
          .forEach(row -> byCase.put((Long) row[0], (Long) row[1]));
      slice.forEach(id -> counts.add(byCase.getOrDefault(id, 0L)));
    }
    return counts;
  }

  /** The department a case is in now. */
  public long departmentOf(long caseId) {
    return em.find(Case.class, caseId).getDepartment().getId();
  }
}
