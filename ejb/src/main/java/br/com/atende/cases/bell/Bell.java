package br.com.atende.cases.bell;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.Case;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.RichText;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the bell's notifications in the caller's transaction, called by the services where each
 * event happens: a notification exists exactly when its event was committed. Nobody is told of what
 * they did themselves, and nobody is told of a case they may not see (the access rule of {@link
 * CaseAccess#maySee}). Each recipient's header is rung after the commit ({@link BellRinger}).
 */
@Dependent
public class Bell {

  /**
   * {@code @login} where it is not part of an email address or a word: preceded by the start or by
   * a character that cannot be in a login.
   */
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59})");

  /** A note naming more agents than this is a list, not a call: only the first ones are told. */
  static final int MENTIONS_PER_NOTE = 10;

  @PersistenceContext private EntityManager em;

  @Inject private Event<PendingRing> rings;

  @Inject private Clock clock;

  /** The case changed hands to these agents (one, or a group's members), by {@code by}. */
  public void handedOver(Case supportCase, Collection<Agent> recipients, Agent by) {
    for (Agent recipient : recipients) {
      if (recipient != null && recipient.isActive() && !same(recipient, by)) {
        tell(recipient, supportCase, NotificationKind.HANDED_OVER, by.getName());
      }
    }
  }

  /** The client replied: its holder is told (and, on an escalation child, the parent's holder). */
  public void clientReplied(Case supportCase, String sender) {
    Agent holder = supportCase.getHolder();
    if (holder != null && holder.isActive()) {
      tell(holder, supportCase, NotificationKind.CLIENT_REPLY, sender);
    }
    Agent parentHolder = parentHolderOf(supportCase);
    if (parentHolder != null && !same(parentHolder, holder)) {
      tell(parentHolder, parentOf(supportCase), NotificationKind.ESCALATION_REPLY, sender);
    }
  }

  /**
   * An agent wrote a note: the holder of the parent case, if this is an escalation child, and the
   * agents it mentions are told.
   */
  public void noteWritten(Case supportCase, String body, Agent author) {
    Set<Long> told = new HashSet<>();
    Agent parentHolder = parentHolderOf(supportCase);
    if (parentHolder != null && !same(parentHolder, author)) {
      tell(
          parentHolder, parentOf(supportCase), NotificationKind.ESCALATION_REPLY, author.getName());
      told.add(parentHolder.getId());
    }
    for (Agent mentioned : mentionedIn(body)) {
      // One notification per agent and note: a parent's holder also mentioned is told once.
      if (!same(mentioned, author) && told.add(mentioned.getId())) {
        tell(mentioned, supportCase, NotificationKind.MENTION, author.getName());
      }
    }
  }

  /**
   * A case moved to a status: when an escalation child is concluded, its parent's holder is told.
   */
  public void statusChanged(Case supportCase, Agent by) {
    if (supportCase.getStatus().isOpen()) {
      return;
    }
    Agent parentHolder = parentHolderOf(supportCase);
    if (parentHolder != null && !same(parentHolder, by)) {
      tell(
          parentHolder, parentOf(supportCase), NotificationKind.ESCALATION_CONCLUDED, by.getName());
    }
  }

  /** The logins written as {@code @login} in a note, in order, each once, at most a few. */
  static Set<String> mentionedLogins(String text) {
    Set<String> logins = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(text == null ? "" : text);
    while (matcher.find() && logins.size() < MENTIONS_PER_NOTE) {
      // A sentence may end right after the login ("fale com @ana."): the dot is not the login's.
      String login = matcher.group(1).replaceAll("[._-]+$", "");
      logins.add(login.toLowerCase(Locale.ROOT));
    }
    return logins;
  }

  private List<Agent> mentionedIn(String body) {
    Set<String> logins = mentionedLogins(RichText.plainText(body));
    if (logins.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM Agent a WHERE LOWER(a.login) IN :logins AND a.active = TRUE"
                + " AND a.apiClient = FALSE",
            Agent.class)
        .setParameter("logins", List.copyOf(logins))
        .getResultList();
  }

  private Case parentOf(Case child) {
    return child.getParentCaseId() == null ? null : em.find(Case.class, child.getParentCaseId());
  }

  /**
   * Who waits on an escalation child: the parent's holder, while it may still see the parent (an
   * agent holding a case always may). Null for a case that is no escalation, or an unheld parent.
   */
  private Agent parentHolderOf(Case child) {
    Case parent = parentOf(child);
    if (parent == null || parent.isDeleted()) {
      return null;
    }
    Agent holder = parent.getHolder();
    return holder != null && holder.isActive() ? holder : null;
  }

  private static boolean same(Agent one, Agent other) {
    return other != null && one.getId().equals(other.getId());
  }

  private void tell(Agent recipient, Case supportCase, NotificationKind kind, String actor) {
    if (!CaseAccess.maySee(supportCase, recipient)) {
      return;
    }
    em.persist(
        new Notification(
            recipient.getId(), supportCase.getId(), kind, actor, LocalDateTime.now(clock)));
    rings.fire(new PendingRing(recipient.getLogin()));
  }
}
