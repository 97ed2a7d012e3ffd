package br.com.atende.it.support;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.notification.CaseResponseToken;
import br.com.atende.cases.trash.CaseRemoval;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What the trash tests read and arrange beneath the services: a deletion dated back (a week does
 * not pass in a test), the rows hanging from a case in every table, the purge's tombstones, a
 * public response link, and a case row held locked by another transaction, as a concurrent writer
 * would.
 */
@Stateless
@PermitAll
public class TrashRows {

  /** Every table holding rows of a case, with the condition naming the case as {@code ?1}. */
  private static final Map<String, String> HANGING =
      Map.ofEntries(
          Map.entry("discussion_entry", "case_id = ?1"),
          Map.entry("solution_entry", "case_id = ?1"),
          Map.entry("understanding", "case_id = ?1"),
          Map.entry("attachment", "case_id = ?1"),
          Map.entry("forwarding", "case_id = ?1"),
          Map.entry("status_change", "case_id = ?1"),
          Map.entry("time_entry", "case_id = ?1"),
          Map.entry("custom_field_value", "case_id = ?1"),
          Map.entry("custom_field_value_option", "case_id = ?1"),
          Map.entry("case_response_token", "case_id = ?1"),
          Map.entry("satisfaction_rating", "case_id = ?1"),
          Map.entry("inbound_message", "case_id = ?1"),
          Map.entry("outbound_email", "case_id = ?1"),
          Map.entry("case_relation", "case_id = ?1 OR related_case_id = ?1"),
          Map.entry("api_idempotent_request", "case_id = ?1"),
          Map.entry("support_case", "id = ?1"));

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  /** Dates the case's deletion {@code days} back. */
  public void deletedDaysAgo(long caseId, int days) {
    int updated =
        em.createNativeQuery("UPDATE support_case SET deleted_at = ?1 WHERE id = ?2")
            .setParameter(1, LocalDateTime.now().minusDays(days))
            .setParameter(2, caseId)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("no case " + caseId);
    }
  }

  /** How many rows of the case each table holds, by table, in a fixed order. */
  public Map<String, Long> rowsOf(long caseId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    HANGING.keySet().stream()
        .sorted()
        .forEach(
            table ->
                counts.put(
                    table,
                    ((Number)
                            em.createNativeQuery(
                                    "SELECT COUNT(*) FROM "
                                        + table
                                        + " WHERE "
                                        + HANGING.get(table))
                                .setParameter(1, caseId)
                                .getSingleResult())
                        .longValue()));
    return counts;
  }

  /** Whether the case's row is still there, in one statement. */
  public boolean exists(long caseId) {
    return !em.createNativeQuery("SELECT id FROM support_case WHERE id = ?1")
        .setParameter(1, caseId)
        .getResultList()
        .isEmpty();
  }

  /** The tombstones the purge left for the case: number, who deleted it, when purged. */
  @SuppressWarnings("unchecked")
  public List<Object[]> tombstonesOf(long caseId) {
    return em.createNativeQuery(
            "SELECT old_value, changed_by_id, changed_at FROM case_audit"
                + " WHERE case_id = ?1 AND field_name = ?2")
        .setParameter(1, caseId)
        .setParameter(2, CaseRemoval.TOMBSTONE)
        .getResultList();
  }

  /** The audit rows the case had, tombstone included. */
  public long auditRowsOf(long caseId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM case_audit WHERE case_id = ?1")
                .setParameter(1, caseId)
                .getSingleResult())
        .longValue();
  }

  /** A link to the public response page of the case, as a solution email carries; its token. */
  public String responseLink(long caseId, String agentLogin) {
    String raw = CaseResponseToken.newRawToken();
    Agent agent =
        em.createQuery("SELECT a FROM Agent a WHERE a.login = :login", Agent.class)
            .setParameter("login", agentLogin)
            .getSingleResult();
    em.persist(
        new CaseResponseToken(
            em.find(Case.class, caseId),
            raw,
            agent,
            "pt-BR",
            LocalDateTime.now(),
            Duration.ofDays(7)));
    return raw;
  }

  /**
   * The demo's Suporte agent who may delete cases (and nothing else), created the first time it is
   * asked for; its login. Fixed, so that a browser test run from outside the server can log in.
   */
  public String deletingAgent() {
    String login = "tiago";
    if (em.createQuery("SELECT a.id FROM Agent a WHERE a.login = :login", Long.class)
        .setParameter("login", login)
        .getResultList()
        .isEmpty()) {
      Profile profile = new Profile("Exclusão", EnumSet.of(Permission.CASE_DELETE));
      em.persist(profile);
      Department support =
          em.createQuery("SELECT d FROM Department d WHERE d.name = :name", Department.class)
              .setParameter("name", "Suporte")
              .getSingleResult();
      em.persist(
          new Agent(
                  support,
                  login,
                  "Tiago Alves",
                  login + "@acme.example",
                  hasher.hash(ActingAgent.DEMO_PASSWORD.toCharArray()),
                  1,
                  EnumSet.of(Role.AGENT))
              .withProfile(profile)
              .readingIn("pt-BR"));
    }
    return login;
  }

  /**
   * Holds the case's row locked in a transaction of its own, as a concurrent writer would, from
   * when {@code locked} opens until {@code release} does (at most a minute).
   */
  @Asynchronous
  public Future<Void> holdLocked(long caseId, CountDownLatch locked, CountDownLatch release)
      throws InterruptedException {
    em.createNativeQuery("SELECT id FROM support_case WHERE id = ?1 FOR UPDATE")
        .setParameter(1, caseId)
        .getResultList();
    locked.countDown();
    release.await(1, TimeUnit.MINUTES);
    return CompletableFuture.completedFuture(null);
  }
}
