package br.com.atende.cases.intake;

import br.com.atende.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A received email already handled, by its key (Message-ID): the guard against importing twice.
 * Every message is recorded once, whatever became of it (a case, a reply, dropped as an auto-reply,
 * a bounce or a loop, or kept aside undecodable), with its sender and subject.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_message_seq")
  @SequenceGenerator(
      name = "inbound_message_seq",
      sequenceName = "inbound_message_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "message_id", nullable = false, updatable = false, length = 250)
  private String messageId;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Column(name = "received_at", nullable = false, updatable = false)
  private LocalDateTime receivedAt;

  /** What became of it; a quarantined reply's changes once, when an agent decides. */
  @Column(nullable = false, length = 20)
  private String outcome;

  @Column(updatable = false, length = 330)
  private String sender;

  @Column(updatable = false, length = 250)
  private String subject;

  /**
   * Why it was kept aside or dropped, for administrators; for a quarantined reply, the names of its
   * files that were refused.
   */
  @Column(length = 500)
  private String reason;

  /** The text of a quarantined reply, kept until an agent decides. */
  @Column private String body;

  @Column(name = "decided_by_id")
  private Long decidedById;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  protected InboundMessage() {}

  /**
   * A reply naming a case, from a sender who is not its client: held with its text for an agent to
   * accept or reject.
   */
  static InboundMessage quarantined(InboundEmail email, long caseId, LocalDateTime receivedAt) {
    InboundMessage message =
        new InboundMessage(
            email.key(),
            caseId,
            receivedAt,
            InboundImporter.Outcome.QUARANTINED.name(),
            email.senderLabel(),
            email.subject(),
            null);
    message.body = email.text();
    return message;
  }

  /**
   * The names of the files of a quarantined reply that were refused (type, size): its other files
   * are held with it, and these named in a note when it is accepted.
   */
  void filesRefused(String names) {
    reason = cut(names, 500);
  }

  /** An agent accepted or rejected the quarantined reply: decided once, its text then dropped. */
  void decide(InboundImporter.Outcome decision, long agentId, LocalDateTime at) {
    if (!InboundImporter.Outcome.QUARANTINED.name().equals(outcome)) {
      throw new BusinessException("error.quarantine.decided", "outcome");
    }
    outcome = decision.name();
    decidedById = agentId;
    decidedAt = at;
    if (decision == InboundImporter.Outcome.REJECTED) {
      body = null;
    }
  }

  public Long getId() {
    return id;
  }

  public String getOutcome() {
    return outcome;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getSender() {
    return sender;
  }

  public String getBody() {
    return body;
  }

  public String getReason() {
    return reason;
  }

  public InboundMessage(
      String messageId,
      Long caseId,
      LocalDateTime receivedAt,
      String outcome,
      String sender,
      String subject,
      String reason) {
    this.messageId = messageId;
    this.caseId = caseId;
    this.receivedAt = receivedAt;
    this.outcome = outcome;
    this.sender = cut(sender, 330);
    this.subject = cut(subject, 250);
    this.reason = cut(reason, 500);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
