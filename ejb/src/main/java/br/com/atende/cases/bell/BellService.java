package br.com.atende.cases.bell;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The logged-in agent's bell: its unread count, its notifications newest first, marking them read.
 * Every method reads or marks the caller's own notifications only; another agent's is "not found".
 * A notification of a case the agent may no longer see (its level raised, the case in the trash) is
 * neither listed nor counted, by the access rule in the query.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class BellService {

  /** The header shows "99+" past this: a figure nobody reads exactly, and one cheap query. */
  public static final int UNREAD_CAP = 99;

  private static final String MINE_OF_VISIBLE_CASES =
      " FROM Notification n, Case c WHERE c.id = n.caseId AND n.recipientId = :me AND "
          + AccessRule.JPQL;

  private static final String UNREAD = MINE_OF_VISIBLE_CASES + " AND n.readAt IS NULL";

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private Clock clock;

  /** How many of the agent's notifications are unread, capped at {@link #UNREAD_CAP}. */
  public CappedCount unread() {
    Agent me = agents.currentAgent();
    return CappedCount.count(
        mine("SELECT n.id" + UNREAD + " ORDER BY n.createdAt DESC", Long.class, me), UNREAD_CAP);
  }

  /** One page of the agent's notifications, read or not, newest first. */
  public List<BellItem> notifications(PageRequest page) {
    Agent me = agents.currentAgent();
    return mine(
            "SELECT NEW br.com.atende.cases.bell.BellItem(n.id, c.id, c.number, c.subject, n.kind,"
                + " n.actorName, n.createdAt, n.readAt)"
                + MINE_OF_VISIBLE_CASES
                + " ORDER BY n.createdAt DESC, n.id DESC",
            BellItem.class,
            me)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many notifications the panel pages through, capped like every count a page shows. */
  public long countNotifications() {
    Agent me = agents.currentAgent();
    return CappedCount.count(mine("SELECT n.id" + MINE_OF_VISIBLE_CASES, Long.class, me)).value();
  }

  /** Marks one of the agent's notifications read and answers its case, for the panel's link. */
  public long open(long notificationId) {
    Notification notification = own(notificationId);
    notification.read(now());
    return notification.getCaseId();
  }

  /** Marks one of the agent's notifications read. */
  public void markRead(long notificationId) {
    own(notificationId).read(now());
  }

  /** Marks every unread notification of the agent read; answers how many. */
  public int markAllRead() {
    Agent me = agents.currentAgent();
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :me"
                + " AND n.readAt IS NULL")
        .setParameter("now", now())
        .setParameter("me", me.getId())
        .executeUpdate();
  }

  private Notification own(long notificationId) {
    Agent me = agents.currentAgent();
    Notification found = em.find(Notification.class, notificationId);
    if (found == null || !found.isFor(me.getId())) {
      throw new NotFoundException();
    }
    return found;
  }

  private <T> jakarta.persistence.TypedQuery<T> mine(String jpql, Class<T> type, Agent me) {
    return em.createQuery(jpql, type)
        .setParameter("me", me.getId())
        .setParameter("clearance", me.getClearance())
        .setParameter("viewerId", me.getId());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
