package br.com.atende.it.support;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Case types of a test's own for custom fields, written straight to the database (there is no admin
 * page for case types yet), so that a test's fields never show on the demo types.
 */
@Stateless
@PermitAll
public class CustomFieldSetup {

  @PersistenceContext private EntityManager em;

  /** A new active case type of ACME; returns its id. */
  public long caseType(String prefix) {
    CaseType type =
        new CaseType(acme(), prefix + " " + UUID.randomUUID().toString().substring(0, 8));
    em.persist(type);
    em.flush();
    return type.getId();
  }

  /** The demo company the case types above belong to. */
  public long acmeId() {
    return acme().getId();
  }

  private Company acme() {
    return em.createQuery("SELECT c FROM Company c WHERE c.code = 'ACME'", Company.class)
        .getSingleResult();
  }

  public long agentId(String login) {
    return em.createQuery("SELECT a FROM Agent a WHERE a.login = :login", Agent.class)
        .setParameter("login", login)
        .getSingleResult()
        .getId();
  }
}
