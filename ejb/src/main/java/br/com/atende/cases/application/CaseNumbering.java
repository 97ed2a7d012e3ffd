package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseNumber;
import br.com.atende.organization.model.Company;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Case numbers, unique per company and year (SPEC C1), for every way a case comes to be. */
@Dependent
public class CaseNumbering {

  @PersistenceContext private EntityManager em;

  /**
   * Hands out the next number of the company's year. The UPDATE locks the counter row until commit,
   * so two openings never get the same number; the first case of a year creates the row.
   */
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
