package br.com.atende.mail.model;

import br.com.atende.shared.BusinessException;
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
 *
 * <p>An email is claimed (SENDING, committed, in the name of the server instance sending it) before
 * it is handed to the SMTP server, and only a failure the SMTP server reported sends it back to
 * PENDING by itself. Just before the end of its data is written (the line after which the SMTP
 * server takes it), the hand-over is recorded and committed ({@link #handingOver}). When the
 * claiming instance is known to be gone (killed while it talked to the SMTP server), an email it
 * had not yet handed over is sent again, with the same Message-ID, and one it had is recorded SENT
 * with {@link #SENT_UNCONFIRMED}: never lost, never repeated, unless the server died in the few
 * microseconds between that commit and the write (README, "Server instances", for the measures).
 * When the claimer lives but never finishes (a send hung, or the SENT update failed after the
 * hand-over) the outcome is unknown: the claim goes stale and the email is left FAILED with {@link
 * #OUTCOME_UNKNOWN}, for an administrator to retry if it did not arrive, never resent blindly; so
 * is an email whose end of data got no answer ({@link #markUnanswered}).
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

  /**
   * How often a failing email is tried before it is left FAILED for an administrator to look at.
   */
  public static final int MAX_ATTEMPTS = 10;

  /** The longest subject the outbox keeps (its column's size). */
  public static final int SUBJECT_MAX = 250;

  /** The error recorded when a claim was never finished: the email may or may not have left. */
  public static final String OUTCOME_UNKNOWN = "mail.outcomeUnknown";

  /** The error recorded when an email is sent again because the server sending it died. */
  public static final String CLAIMER_GONE = "mail.claimerGone";

  /**
   * The note of an email recorded SENT because the server sending it died after handing it over,
   * before the SMTP server's answer was recorded.
   */
  public static final String SENT_UNCONFIRMED = "mail.sentUnconfirmed";

  /** How long the first retry waits unless configured (doubling each time, capped at an hour). */
  public static final Duration DEFAULT_FIRST_RETRY = Duration.ofSeconds(30);

  private static final Duration LONGEST_RETRY = Duration.ofHours(1);

  public enum Status {
    PENDING,
    /** Claimed by a sender and being handed to the SMTP server. */
    SENDING,
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

  @Column(nullable = false, length = SUBJECT_MAX)
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

  @Column(name = "sending_since")
  private LocalDateTime sendingSince;

  /**
   * When its claimer was about to write the end of its data to the SMTP server (see the class
   * comment); none before that, and after a failure.
   */
  @Column(name = "handed_over_at")
  private LocalDateTime handedOverAt;

  /** The server instance that claimed it (see {@code ServerInstances}); none when not claimed. */
  @Column(name = "claimed_by", length = 300)
  private String claimedBy;

  @Column(name = "last_error", length = 500)
  private String lastError;

  /** Sent by a program, not written by an agent: such mail says {@code Auto-Submitted}. */
  @Column(nullable = false)
  private boolean automatic = true;

  /** The Message-ID it was handed over with, by which a bounce names it. */
  @Column(name = "message_id", length = 250)
  private String messageId;

  @Column(name = "bounced_at")
  private LocalDateTime bouncedAt;

  @Column(name = "bounce_reason", length = 500)
  private String bounceReason;

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
    this.subject = fitted(Objects.requireNonNull(subject));
    this.bodyText = Objects.requireNonNull(bodyText);
    this.bodyHtml = Objects.requireNonNull(bodyHtml);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /**
   * A subject fitted to its column: Atende writes subjects from a case's subject (up to 200
   * characters) or a FAQ question (up to 300, in two languages) behind a prefix, which may run
   * longer. A mail subject is only a label, so it is shortened with an ellipsis rather than refused
   * or let fail the case's own change.
   */
  static String fitted(String written) {
    // One line: a line break in a subject would end the header (header injection) or fold it.
    String subject =
        written.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s{2,}", " ").strip();
    if (subject.length() <= SUBJECT_MAX) {
      return subject;
    }
    int end = SUBJECT_MAX - 1;
    if (Character.isHighSurrogate(subject.charAt(end - 1))) {
      end--;
    }
    return subject.substring(0, end) + "…";
  }

  /** Written by an agent ("Email about this case"): not marked as automatic mail. */
  public OutboundEmail writtenByAgent() {
    automatic = false;
    return this;
  }

  /**
   * A delivery-status report said the email did not arrive: kept SENT (it left, and is never resent
   * by itself), with when and why it bounced.
   */
  public void markBounced(String reason, LocalDateTime now) {
    bouncedAt = now;
    bounceReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
  }

  public boolean isDue(LocalDateTime now) {
    return status == Status.PENDING && !nextAttemptAt.isAfter(now);
  }

  /**
   * A sender takes the email: from now on no other sender will, until the SMTP server's answer is
   * recorded. False when the email is not due (sent, failed, or claimed by another sender).
   */
  public boolean claim(String claimer, LocalDateTime now) {
    if (!isDue(now)) {
      return false;
    }
    status = Status.SENDING;
    sendingSince = now;
    claimedBy = Objects.requireNonNull(claimer);
    handedOverAt = null;
    return true;
  }

  /**
   * Its claimer is about to write the end of its data, after which the SMTP server may have taken
   * it: from now on it is never sent again by itself. The Message-ID is kept already, so that a
   * bounce finds it even if the SENT update never comes.
   *
   * @throws IllegalStateException when it is no longer that claimer's (its claim was given up)
   */
  public void handingOver(String claimer, String sentMessageId, LocalDateTime now) {
    if (status != Status.SENDING || !claimer.equals(claimedBy)) {
      throw new IllegalStateException("email " + id + " is no longer claimed by " + claimer);
    }
    messageId = sentMessageId;
    handedOverAt = now;
  }

  /**
   * Its claimer is gone (see the class comment): sent again at once, counted as an attempt, unless
   * it had been handed over, then recorded SENT. False when it is no longer that instance's claim.
   */
  public boolean recoverClaimOf(String goneInstance, LocalDateTime now) {
    if (status != Status.SENDING || !goneInstance.equals(claimedBy)) {
      return false;
    }
    if (handedOverAt != null) {
      markSent(messageId, handedOverAt);
      lastError = SENT_UNCONFIRMED;
      return true;
    }
    sendingSince = null;
    claimedBy = null;
    attempts++;
    lastError = CLAIMER_GONE;
    // An email whose sending keeps killing its server is not tried forever either.
    status = attempts >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING;
    nextAttemptAt = now;
    return true;
  }

  /**
   * The email left: it is never sent again, so the raw tokens of its links (see {@link
   * SecretLinks}) need no longer be kept, and are not.
   */
  public void markSent(String sentMessageId, LocalDateTime now) {
    messageId = sentMessageId;
    bodyText = SecretLinks.masked(bodyText);
    bodyHtml = SecretLinks.masked(bodyHtml);
    status = Status.SENT;
    sentAt = now;
    sendingSince = null;
    claimedBy = null;
    attempts++;
    lastError = null;
  }

  /** As {@link #markFailed(String, LocalDateTime, Duration)} with the default first delay. */
  public void markFailed(String error, LocalDateTime now) {
    markFailed(error, now, DEFAULT_FIRST_RETRY);
  }

  /**
   * The SMTP server refused or could not be reached: backs off exponentially (first delay, twice
   * that, … capped at 1 h) and gives up after MAX_ATTEMPTS.
   */
  public void markFailed(String error, LocalDateTime now, Duration firstRetry) {
    attempts++;
    sendingSince = null;
    claimedBy = null;
    handedOverAt = null;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
      return;
    }
    status = Status.PENDING;
    Duration delay = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16));
    nextAttemptAt = now.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
  }

  /**
   * The SMTP server's answer to the end of its data never came (the connection broke, or timed out,
   * after the hand-over): whether the server took it is unknown, so it is left FAILED for an
   * administrator, as a stale claim is, never resent by itself.
   *
   * @throws IllegalStateException when it was not being handed over
   */
  public void markUnanswered() {
    if (status != Status.SENDING || handedOverAt == null) {
      throw new IllegalStateException("email " + id + " was not being handed over");
    }
    status = Status.FAILED;
    sendingSince = null;
    claimedBy = null;
    attempts++;
    lastError = OUTCOME_UNKNOWN;
  }

  /**
   * A claim that was never finished: whether the email left is unknown, so it is not resent by
   * itself (that could deliver it twice) but left FAILED for an administrator.
   */
  public boolean abandonStaleClaim(LocalDateTime claimedBefore) {
    if (status != Status.SENDING || sendingSince.isAfter(claimedBefore)) {
      return false;
    }
    status = Status.FAILED;
    sendingSince = null;
    claimedBy = null;
    attempts++;
    lastError = OUTCOME_UNKNOWN;
    return true;
  }

  /** An administrator sends a FAILED email again: due at once, with a fresh round of attempts. */
  public void retry(LocalDateTime now) {
    if (status != Status.FAILED) {
      throw new BusinessException("error.outbox.notFailed", "status");
    }
    status = Status.PENDING;
    attempts = 0;
    nextAttemptAt = now;
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

  public boolean isAutomatic() {
    return automatic;
  }

  public String getMessageId() {
    return messageId;
  }

  public LocalDateTime getBouncedAt() {
    return bouncedAt;
  }

  public LocalDateTime getHandedOverAt() {
    return handedOverAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public String getLastError() {
    return lastError;
  }
}
