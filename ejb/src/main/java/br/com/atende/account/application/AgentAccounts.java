package br.com.atende.account.application;

import br.com.atende.organization.model.Role;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The administrator's list of agents' accounts, paged in the database, ordered by login. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AgentAccounts {

  @PersistenceContext private EntityManager em;

  public List<AccountRow> page(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.account.application.AccountRow("
                + "a.id, a.login, a.name, a.email, a.active, a.passwordSetAt)"
                + " FROM Agent a ORDER BY a.login",
            AccountRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Agent a", Long.class).getSingleResult();
  }
}
