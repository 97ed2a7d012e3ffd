package br.com.atende.cases.intake;

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

  @Column(nullable = false, updatable = false, length = 20)
  private String outcome;

  @Column(updatable = false, length = 330)
  private String sender;

  @Column(updatable = false, length = 250)
  private String subject;

  /** Why it was kept aside or dropped, for administrators. */
  @Column(updatable = false, length = 500)
  private String reason;

  protected InboundMessage() {}

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
