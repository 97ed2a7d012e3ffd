package br.com.atende.cases.intake;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.CaseNumbering;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.attachment.PostAttachments;
import br.com.atende.cases.bell.Bell;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.ContactChannel;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.ClientReplyMail;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.mail.application.OutboxRows;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.shared.RichText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an email from outside does to cases (SPEC C6, inbound): a client's reply is appended to its
 * case's discussion; a new email to the support address opens a case. Called by the mailbox reader,
 * in the transaction that also records the message as imported.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EmailIntake {

  /** Longest subject a case takes (the column's size). */
  private static final int MAX_SUBJECT = 200;

  @PersistenceContext private EntityManager em;

  @Inject private CaseNumbering numbering;

  @Inject private Clock clock;

  @Inject private CaseAccess access;

  @Inject private PostAttachments attachments;

  @Inject private ClientReplyMail clientReplyMail;

  @Inject private Bell bell;

  /**
   * Where cases opened by email go and who they are recorded as opened by: the department (its
   * company's), the agent recorded as opener, the party of senders no party or contact is known by,
   * and the case type.
   */
  public record Defaults(long departmentId, long openerId, long partyId, long caseTypeId) {}

  /**
   * Appends the client's reply to the case: the one way a client's answer by email enters a case,
   * and so where the case is marked "answered by the client" for its agent's queue. The text is
   * escaped and sanitized, the entry shown as written by the sender; the email's files are attached
   * to it as a note's would be. Returns the entry's id.
   */
  public long appendClientReply(long caseId, InboundEmail email) {
    Case supportCase = em.find(Case.class, caseId);
    if (supportCase == null) {
      throw new IllegalArgumentException("no case " + caseId);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    DiscussionEntry entry =
        DiscussionEntry.clientReply(
            supportCase, now, email.senderLabel(), replyBody(email.senderLabel(), email.text()));
    em.persist(entry);
    em.flush();
    attachFiles(supportCase, entry, email, now);
    access.recordClientReply(caseId);
    clientReplyMail.queue(supportCase, entry.getId(), email.senderLabel());
    bell.clientReplied(supportCase, email.senderLabel());
    return entry.getId();
  }

  /** A reply of only an address and a text, no name or files (as other tests write them). */
  public long appendClientReply(long caseId, String from, String text) {
    return appendClientReply(
        caseId,
        new InboundEmail(
            "",
            Optional.of(from),
            "",
            "",
            "",
            text,
            InboundEmail.Kind.PERSONAL,
            List.of(),
            "",
            List.of()));
  }

  /**
   * Appends a quarantined reply an agent accepted, as the sender's, with the files held with it;
   * the files refused when it arrived are named in an entry so someone asks for them again.
   */
  public void appendAcceptedReply(
      long caseId, long messageId, String sender, String text, String filesRefused) {
    Case supportCase = em.find(Case.class, caseId);
    LocalDateTime now = LocalDateTime.now(clock);
    DiscussionEntry entry =
        DiscussionEntry.clientReply(supportCase, now, sender, replyBody(sender, text));
    em.persist(entry);
    em.flush();
    attachments.attachHeld(messageId, supportCase, entry, entry.getAuthor(), now);
    if (filesRefused != null && !filesRefused.isBlank()) {
      em.persist(
          DiscussionEntry.fromMail(
              supportCase,
              DiscussionKind.FILES_REFUSED,
              now,
              sender,
              RichText.sanitize("<ul><li>" + escape(filesRefused) + "</li></ul>")));
    }
    em.flush();
    access.recordClientReply(caseId);
    clientReplyMail.queue(supportCase, entry.getId(), sender);
    bell.clientReplied(supportCase, sender);
  }

  /** Drops what was held with a quarantined reply an agent rejected: its files. */
  public void dropRejectedReply(long messageId) {
    attachments.dropHeld(messageId);
  }

  /**
   * Records on its case that an email Atende sent did not arrive: to whom, about what, and the mail
   * server's reason.
   */
  public void recordBounce(OutboxRows.BouncedEmail bounced, InboundEmail report) {
    Case supportCase = em.find(Case.class, bounced.caseId());
    if (supportCase == null) {
      return;
    }
    String body =
        "<p><strong>"
            + escape(bounced.recipient())
            + "</strong>: "
            + escape(bounced.subject())
            + "</p>"
            + (report.reason().isBlank() ? "" : "<p>" + escape(report.reason()) + "</p>");
    em.persist(
        DiscussionEntry.fromMail(
            supportCase,
            DiscussionKind.EMAIL_BOUNCED,
            LocalDateTime.now(clock),
            report.senderLabel(),
            RichText.sanitize(body)));
  }

  /**
   * The case of the company cases from email go to with that number; the number alone (no token) is
   * no proof, so the caller still requires the sender to be the case's client.
   */
  public Optional<Long> caseNumbered(Defaults defaults, String number) {
    Department department = em.find(Department.class, defaults.departmentId());
    if (department == null) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "SELECT c.id FROM Case c WHERE c.company = :company AND c.number = :number", Long.class)
        .setParameter("company", department.getCompany())
        .setParameter("number", number)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The email's files, as a note's: the ones refused (type, size, unreadable) are named in an entry
   * of their own, so that someone asks the client for them.
   */
  private void attachFiles(
      Case supportCase, DiscussionEntry entry, InboundEmail email, LocalDateTime now) {
    if (email.files().isEmpty()) {
      return;
    }
    List<String> refused =
        attachments.attachAcceptable(supportCase, entry, entry.getAuthor(), now, email.files());
    if (!refused.isEmpty()) {
      String names =
          refused.stream()
              .map(name -> "<li>" + escape(name) + "</li>")
              .collect(Collectors.joining("", "<ul>", "</ul>"));
      em.persist(
          DiscussionEntry.fromMail(
              supportCase,
              DiscussionKind.FILES_REFUSED,
              now,
              email.senderLabel(),
              RichText.sanitize(names)));
    }
  }

  /**
   * Whether the address is the client's of this case: its party's, or one of the party's contacts'.
   * A reply from anyone else opens a case of its own instead of entering this one.
   */
  public boolean isClientAddressOf(long caseId, String address) {
    Case supportCase = em.find(Case.class, caseId);
    if (supportCase == null) {
      return false;
    }
    Party party = supportCase.getParty();
    if (address.equalsIgnoreCase(String.valueOf(party.getEmail()))) {
      return true;
    }
    return em.createQuery(
                "SELECT COUNT(c) FROM Contact c WHERE c.party.id = :party AND LOWER(c.email) = :address",
                Long.class)
            .setParameter("party", party.getId())
            .setParameter("address", address.toLowerCase())
            .getSingleResult()
        > 0;
  }

  /**
   * Opens a case from a new email: the party (and contact) whose address sent it, else the default
   * party; subject and text as written (plain text, shown escaped). Returns the case's id and
   * number.
   */
  public OpenedCase openFromEmail(Defaults defaults, InboundEmail email) {
    String from = email.from().orElseThrow();
    String subject = email.subject();
    String text = email.text();
    Department department = em.find(Department.class, defaults.departmentId());
    Agent opener = em.find(Agent.class, defaults.openerId());
    if (department == null || opener == null) {
      throw new IllegalStateException("inbound email defaults name no department or agent");
    }
    Optional<Contact> contact = contactByEmail(from);
    Party party =
        contact
            .map(Contact::getParty)
            .or(() -> partyByEmail(from))
            .orElseGet(() -> em.find(Party.class, defaults.partyId()));
    if (party == null) {
      throw new IllegalStateException("inbound email defaults name no party");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String title = subject == null || subject.isBlank() ? "(e-mail)" : subject.strip();
    Case opened =
        new Case(
                numbering.next(department.getCompany(), now.getYear()),
                opener,
                department,
                party,
                contact.orElse(null),
                title.length() > MAX_SUBJECT ? title.substring(0, MAX_SUBJECT) : title,
                text == null || text.isBlank() ? title : text.strip(),
                Priority.NORMAL,
                0,
                now,
                null,
                null)
            .reachedThrough(em.find(ContactChannel.class, "EMAIL"), ContactOrigin.CLIENT)
            .classifiedAs(em.find(CaseType.class, defaults.caseTypeId()), null, null, null, null)
            .sentBy(email.senderLabel());
    em.persist(opened);
    em.flush();
    if (!email.files().isEmpty()) {
      // The files come with an entry of the sender's, as a reply's would.
      DiscussionEntry entry =
          DiscussionEntry.clientReply(
              opened, now, email.senderLabel(), replyBody(email.senderLabel(), ""));
      em.persist(entry);
      em.flush();
      attachFiles(opened, entry, email, now);
    }
    return new OpenedCase(opened.getId(), opened.getNumber(), false);
  }

  private Optional<Contact> contactByEmail(String address) {
    List<Contact> found =
        em.createQuery(
                "SELECT c FROM Contact c WHERE LOWER(c.email) = :address ORDER BY c.id",
                Contact.class)
            .setParameter("address", address.toLowerCase())
            .setMaxResults(1)
            .getResultList();
    return found.stream().filter(c -> c.isActive() && c.getParty().isActive()).findFirst();
  }

  private Optional<Party> partyByEmail(String address) {
    return em
        .createQuery(
            "SELECT p FROM Party p WHERE LOWER(p.email) = :address ORDER BY p.id", Party.class)
        .setParameter("address", address.toLowerCase())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .filter(Party::isActive)
        .findFirst();
  }

  /** The sender and the text, every character of which is escaped, then sanitized. */
  private static String replyBody(String from, String text) {
    StringBuilder html =
        new StringBuilder("<p><strong>").append(escape(from)).append("</strong></p>");
    for (String paragraph : (text == null ? "" : text.strip()).split("\\R\\s*\\R")) {
      if (paragraph.isBlank()) {
        continue;
      }
      html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
    }
    return RichText.sanitize(html.toString());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
