package br.com.atende.cases.application;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.model.Agent;
import br.com.atende.party.application.PartiesByCaseNumber;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The party look-up by case number, where cases and their access rule are known. */
@Dependent
public class CasePartyLookup implements PartiesByCaseNumber {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Long> partyIdsOf(String caseNumber, Agent viewer) {
    return em.createQuery(
            "SELECT c.client.party.id FROM Case c WHERE c.number = :number"
                + " AND c.company.id = :company AND "
                + AccessRule.JPQL,
            Long.class)
        .setParameter("number", caseNumber)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("clearance", viewer.getClearance())
        .setParameter("viewerId", viewer.getId())
        .getResultList();
  }
}
