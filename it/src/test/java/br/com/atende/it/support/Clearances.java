package br.com.atende.it.support;

import br.com.atende.cases.model.Case;
import br.com.atende.organization.model.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Clearances and access levels set straight in the database, for the tests of what a case's level
 * lets through (issue 16); and reads of what the services do not expose.
 */
@Stateless
@PermitAll
public class Clearances {

  @PersistenceContext private EntityManager em;

  /** Gives the agent this clearance. */
  public void clear(String login, int clearance) {
    em.createNativeQuery("UPDATE agent SET clearance = ?1 WHERE login = ?2")
        .setParameter(1, clearance)
        .setParameter(2, login)
        .executeUpdate();
    // Agents are kept in the provider's shared cache; a native update does not reach it.
    em.getEntityManagerFactory().getCache().evict(Agent.class);
  }

  /** Puts the case at this access level, as a supervisor would have. */
  public void level(long caseId, int level) {
    em.createNativeQuery("UPDATE support_case SET access_level = ?1 WHERE id = ?2")
        .setParameter(1, level)
        .setParameter(2, caseId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Case.class, caseId);
  }

  public int levelOf(long caseId) {
    return ((Number)
            em.createNativeQuery("SELECT access_level FROM support_case WHERE id = ?1")
                .setParameter(1, caseId)
                .getSingleResult())
        .intValue();
  }

  /** The kinds of the case's forwarding-history rows, in the order they happened. */
  public List<String> forwardingKinds(long caseId) {
    return em
        .createNativeQuery("SELECT kind FROM forwarding WHERE case_id = ?1 ORDER BY id")
        .setParameter(1, caseId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /** The bodies of the case's discussion entries of this kind. */
  public List<String> discussionBodies(long caseId, String kind) {
    return em
        .createNativeQuery(
            "SELECT body FROM discussion_entry WHERE case_id = ?1 AND kind = ?2 ORDER BY id")
        .setParameter(1, caseId)
        .setParameter(2, kind)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /** The party and the id of a demo contact, by its name. */
  public long[] partyAndContact(String contactName) {
    Object[] row =
        em.createQuery(
                "SELECT c.party.id, c.id FROM Contact c WHERE c.name = :name", Object[].class)
            .setParameter("name", contactName)
            .getResultList()
            .get(0);
    return new long[] {(Long) row[0], (Long) row[1]};
  }

  /** The id of the outbox's email about the case whose event key starts so. */
  public long outboxEmail(long caseId, String eventKeyPrefix) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT id FROM outbound_email WHERE case_id = ?1 AND event_key LIKE ?2")
                .setParameter(1, caseId)
                .setParameter(2, eventKeyPrefix + "%")
                .getSingleResult())
        .longValue();
  }

  /** The subjects of the outbox's emails whose event key starts so. */
  public List<String> outboxSubjects(String eventKeyPrefix) {
    return em
        .createNativeQuery("SELECT subject FROM outbound_email WHERE event_key LIKE ?1")
        .setParameter(1, eventKeyPrefix + "%")
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /** The version of a FAQ entry, to review it. */
  public long faqVersion(long entryId) {
    return ((Number)
            em.createNativeQuery("SELECT version FROM faq_entry WHERE id = ?1")
                .setParameter(1, entryId)
                .getSingleResult())
        .longValue();
  }

  /** The recipients of the outbox's emails about the case. */
  public List<String> outboxRecipients(long caseId) {
    return em
        .createNativeQuery("SELECT recipient FROM outbound_email WHERE case_id = ?1")
        .setParameter(1, caseId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }
}
