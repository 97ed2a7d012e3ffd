package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.shared.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of a case's discussion: append-only, so it has no setters. Internal entries are for
 * agents only; publishable ones feed the knowledge page.
 */
@Entity
@Table(name = "discussion_entry")
public class DiscussionEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_entry_seq")
  @SequenceGenerator(
      name = "discussion_entry_seq",
      sequenceName = "discussion_entry_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private DiscussionKind kind;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private Agent author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  /**
   * Who wrote an entry that came by email ("Name <address>"): shown as its author, though the entry
   * is recorded under an agent's name (every entry needs one).
   */
  @Column(updatable = false, length = 330)
  private String sender;

  @Column(updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 30)
  private CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false, length = 30)
  private CaseStatus toStatus;

  @Column(nullable = false, updatable = false)
  private boolean internal;

  @Column(nullable = false, updatable = false)
  private boolean publishable;

  /**
   * The workflow step the case was in when the entry was written (SPEC C2), by id like the case's
   * own; none before the case's first "advance step" or when its type has no workflow.
   */
  @Column(name = "workflow_step_id", updatable = false)
  private Long workflowStepId;

  protected DiscussionEntry() {}

  private DiscussionEntry(
      Case supportCase, DiscussionKind kind, Agent author, LocalDateTime createdAt) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.kind = Objects.requireNonNull(kind);
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.workflowStepId = supportCase.getWorkflowStepId();
  }

  /**
   * An agent's note; an internal one is never shown to the client and so is never publishable. The
   * body is markup shown as it is: sanitized rich text, or plain text already escaped.
   */
  public static DiscussionEntry note(
      Case supportCase,
      Agent author,
      LocalDateTime at,
      String body,
      boolean internal,
      boolean publishable) {
    DiscussionEntry entry = new DiscussionEntry(supportCase, DiscussionKind.LOG, author, at);
    entry.body = Objects.requireNonNull(body);
    entry.internal = internal;
    entry.publishable = publishable && !internal;
    return entry;
  }

  /**
   * A possible solution offered to the client, such as a FAQ answer (SPEC C8): visible to the
   * client, never publishable by itself.
   */
  public static DiscussionEntry possibleSolution(
      Case supportCase, Agent author, LocalDateTime at, String sanitizedBody) {
    DiscussionEntry entry =
        new DiscussionEntry(supportCase, DiscussionKind.POSSIBLE_SOLUTION, author, at);
    entry.body = Objects.requireNonNull(sanitizedBody);
    return entry;
  }

  /**
   * The discussion's record that another case was linked to this one (an escalation opened, a case
   * related or generated from it), naming that case by number and subject. Internal: it speaks of
   * cases the client may not know of.
   */
  public static DiscussionEntry link(
      Case supportCase, DiscussionKind kind, Agent author, LocalDateTime at, Case other) {
    if (kind != DiscussionKind.ESCALATION && kind != DiscussionKind.RELATION) {
      throw new IllegalArgumentException("not a link: " + kind);
    }
    DiscussionEntry entry = new DiscussionEntry(supportCase, kind, author, at);
    entry.body = RichText.escape(other.getNumber() + " · " + other.getSubject());
    entry.internal = true;
    return entry;
  }

  /**
   * A new contact from the client appended to the case (seed 001 §1.2): what the client asked, as
   * the agent typed it (plain text, line breaks kept).
   */
  public static DiscussionEntry clientContact(
      Case supportCase, Agent author, LocalDateTime at, String request) {
    DiscussionEntry entry =
        new DiscussionEntry(supportCase, DiscussionKind.CLIENT_CONTACT, author, at);
    entry.body = RichText.escape(request.strip()).replace("\n", "<br>");
    return entry;
  }

  /** A chat transcript, already rendered as escaped markup by {@link ChatTranscript#html()}. */
  public static DiscussionEntry chatTranscript(
      Case supportCase, Agent author, LocalDateTime at, ChatTranscript transcript) {
    DiscussionEntry entry =
        new DiscussionEntry(supportCase, DiscussionKind.CHAT_TRANSCRIPT, author, at);
    entry.body = transcript.html();
    return entry;
  }

  /** The discussion's record of a status change, with the agent's optional note. */
  public static DiscussionEntry statusChange(Case supportCase, StatusChange change, String note) {
    DiscussionEntry entry =
        new DiscussionEntry(
            supportCase,
            DiscussionKind.STATUS_CHANGE,
            change.getChangedBy(),
            change.getChangedAt());
    entry.fromStatus = change.getFromStatus();
    entry.toStatus = change.getToStatus();
    entry.body = note == null || note.isBlank() ? null : RichText.sanitize(note);
    return entry;
  }

  /** The record of an email an agent sent about the case: to whom and what, already sanitized. */
  public static DiscussionEntry emailSent(
      Case supportCase, Agent author, LocalDateTime at, String body) {
    DiscussionEntry entry = new DiscussionEntry(supportCase, DiscussionKind.EMAIL_SENT, author, at);
    entry.body = RichText.sanitize(Objects.requireNonNull(body));
    entry.internal = true;
    return entry;
  }

  /**
   * The discussion's FORWARD entry for a change of hands (SPEC C5): who to whom, and the reason,
   * escaped (the names and the reason are plain text).
   */
  public static DiscussionEntry forwarding(Case supportCase, Forwarding row) {
    DiscussionEntry entry =
        new DiscussionEntry(supportCase, DiscussionKind.FORWARD, row.getBy(), row.getForwardedAt());
    String from = row.getFromAgent() == null ? "—" : row.getFromAgent().getName();
    String to =
        row.getToAgent() != null
            ? row.getToAgent().getName()
            : row.getToGroup() != null ? row.getToGroup().getName() : "—";
    StringBuilder body = new StringBuilder("<p><strong>");
    if (row.getToDepartment() != null) {
      body.append(escape(row.getToDepartment().getName())).append(" · ");
    }
    body.append(escape(from)).append(" → ").append(escape(to)).append("</strong></p>");
    if (row.getReason() != null) {
      body.append("<p>").append(escape(row.getReason())).append("</p>");
    }
    entry.body = RichText.sanitize(body.toString());
    entry.internal = true;
    return entry;
  }

  /**
   * The client's email reply, already sanitized, recorded in the name of the agent who answers for
   * the case (its holder, else its opener): a discussion entry needs an agent as author. It is
   * shown as written by its sender.
   */
  public static DiscussionEntry clientReply(
      Case supportCase, LocalDateTime at, String sender, String body) {
    return fromMail(supportCase, DiscussionKind.CLIENT_REPLY, at, sender, body);
  }

  /**
   * Something the mail system said about the case (an email that bounced, files of an email that
   * were not imported), already sanitized; recorded like a client's reply.
   */
  public static DiscussionEntry fromMail(
      Case supportCase, DiscussionKind kind, LocalDateTime at, String sender, String body) {
    Agent answering =
        supportCase.getHolder() != null ? supportCase.getHolder() : supportCase.getOpener();
    DiscussionEntry entry = new DiscussionEntry(supportCase, kind, answering, at);
    entry.sender = sender;
    entry.body = Objects.requireNonNull(body);
    return entry;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  public Long getId() {
    return id;
  }

  public Case getSupportCase() {
    return supportCase;
  }

  public String getSender() {
    return sender;
  }

  public Agent getAuthor() {
    return author;
  }

  public DiscussionKind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public boolean isInternal() {
    return internal;
  }

  public boolean isPublishable() {
    return publishable;
  }

  public Long getWorkflowStepId() {
    return workflowStepId;
  }
}
