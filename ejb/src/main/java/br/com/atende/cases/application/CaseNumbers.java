package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseNumber;
import br.com.atende.organization.model.Company;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The next case number of a company and year, from a counter row updated in the opening's
 * transaction (the update's row lock serializes concurrent openings). Shared by every way a case is
 * opened: the opening form and an email to the support address.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CaseNumbers {

  @PersistenceContext private EntityManager em;

  public CaseNumber next(Company of, int year) {
    long company = of.getId();
    int updated =
        em.createNativeQuery(
                "UPDATE case_number_counter SET last_value = last_value + 1"
                    + " WHERE company_id = ?1 AND case_year = ?2")
            .setParameter(1, company)
            .setParameter(2, year)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO case_number_counter (company_id, case_year, last_value) VALUES (?1, ?2, 1)")
          .setParameter(1, company)
          .setParameter(2, year)
          .executeUpdate();
      return new CaseNumber(year, 1);
    }
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM case_number_counter WHERE company_id = ?1 AND case_year = ?2")
                .setParameter(1, company)
                .setParameter(2, year)
                .getSingleResult();
    return new CaseNumber(year, last.intValue());
  }
}
