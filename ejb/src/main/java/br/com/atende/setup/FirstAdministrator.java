package br.com.atende.setup;

import br.com.atende.account.application.PasswordLinkIssuer;
import br.com.atende.account.model.PasswordLink;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * The first administrator of a new install, without a default password: on a start that finds no
 * active administrator (a new database without demo data), Atende creates one (login {@code
 * ATENDE_ADMIN_LOGIN}, default {@code admin}; email {@code ATENDE_ADMIN_EMAIL}) with a password
 * nobody knows, in a company and department named by {@code ATENDE_COMPANY_NAME} when there is none
 * yet, and writes a one-time setup link to the server log. Whoever installs the server reads the
 * log anyway, so the link needs no other channel, and it works once, for a day; every start while
 * that administrator still has no password writes a fresh link (the older one stops working).
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private PasswordLinkIssuer links;

  @PostConstruct
  void ensureAnAdministrator() {
    List<Agent> admins =
        em.createQuery(
                "SELECT DISTINCT a FROM Agent a JOIN a.roles r WHERE r = :admin AND a.active = TRUE",
                Agent.class)
            .setParameter("admin", Role.ADMIN)
            .getResultList();
    if (admins.stream().anyMatch(Agent::hasChosenPassword)) {
      return;
    }
    Agent admin = admins.isEmpty() ? create() : admins.get(0);
    String link = links.issue(admin, PasswordLink.Purpose.SETUP);
    LOG.warning(
        () ->
            "No administrator has a password yet. Choose the password of '"
                + admin.getLogin()
                + "' at "
                + link
                + " (works once, within "
                + PasswordLink.Purpose.SETUP.validity().toHours()
                + " hours; restart the server for a new link).");
  }

  private Agent create() {
    Department department =
        em.createQuery("SELECT d FROM Department d ORDER BY d.id", Department.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Company company =
                      new Company("EMPRESA", setting("ATENDE_COMPANY_NAME", "Empresa"));
                  em.persist(company);
                  Department created = new Department(company, "Administração");
                  em.persist(created);
                  return created;
                });
    String login = setting("ATENDE_ADMIN_LOGIN", "admin");
    Agent admin =
        new Agent(
            department,
            login,
            "Administrador",
            setting("ATENDE_ADMIN_EMAIL", login + "@localhost"),
            hasher.unusable(),
            0,
            EnumSet.of(Role.ADMIN));
    em.persist(admin);
    return admin;
  }

  /** An environment variable, or the system property of the same name in lower case with dots. */
  private static String setting(String variable, String fallback) {
    String property = variable.toLowerCase().replace("atende_", "atende.").replace('_', '-');
    String value = System.getProperty(property, System.getenv(variable));
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
