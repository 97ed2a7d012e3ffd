package br.com.atende.mail.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One email in the outbox. The event key is unique, so one event (say, "case 42 opened") can never
 * queue two emails; the status says whether it still has to be sent.
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

  /**
   * How often a failing email is tried before it is left FAILED for an administrator to look at.
   */
  public static final int MAX_ATTEMPTS = 10;

  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_email_seq")
  @SequenceGenerator(
      name = "outbound_email_seq",
      sequenceName = "outbound_email_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_key", nullable = false, unique = true, length = 120)
  private String eventKey;

  @Column(name = "case_id")
  private Long caseId;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 250)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Version private long version;

  protected OutboundEmail() {}

  public OutboundEmail(
      String eventKey,
      Long caseId,
      String recipient,
      String subject,
      String bodyText,
      String bodyHtml,
      LocalDateTime now) {
    this.eventKey = Objects.requireNonNull(eventKey);
    this.caseId = caseId;
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.bodyText = Objects.requireNonNull(bodyText);
    this.bodyHtml = Objects.requireNonNull(bodyHtml);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public boolean isDue(LocalDateTime now) {
    return status == Status.PENDING && !nextAttemptAt.isAfter(now);
  }

  public void markSent(LocalDateTime now) {
    status = Status.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /**
   * Backs off exponentially (30 s, 1 min, 2 min … capped at 1 h) and gives up after MAX_ATTEMPTS.
   */
  public void markFailed(String error, LocalDateTime now) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
      return;
    }
    long delay = Math.min(3600, 30L << Math.min(attempts - 1, 10));
    nextAttemptAt = now.plus(Duration.ofSeconds(delay));
  }

  public Long getId() {
    return id;
  }

  public String getEventKey() {
    return eventKey;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
