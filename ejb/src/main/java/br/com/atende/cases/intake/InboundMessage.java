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
 * A received email already imported, by its key (Message-ID): the guard against importing twice.
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

  protected InboundMessage() {}

  public InboundMessage(String messageId, Long caseId, LocalDateTime receivedAt, String outcome) {
    this.messageId = messageId;
    this.caseId = caseId;
    this.receivedAt = receivedAt;
    this.outcome = outcome;
  }
}
