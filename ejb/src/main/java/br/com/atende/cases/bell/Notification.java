package br.com.atende.cases.bell;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One thing one agent is told of one case. The recipient and the case are held by id: without
 * weaving a to-one loads eagerly, and neither is needed to record or to mark a notification; the
 * panel reads them by a projection. Who caused it is kept as the name shown (an agent's, or the
 * client's sender), as the discussion shows it.
 */
@Entity
@Table(name = "notification")
public class Notification {

  static final int ACTOR_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "recipient_id", nullable = false, updatable = false)
  private long recipientId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private NotificationKind kind;

  @Column(name = "actor_name", updatable = false, length = ACTOR_LENGTH)
  private String actorName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected Notification() {}

  public Notification(
      long recipientId, long caseId, NotificationKind kind, String actorName, LocalDateTime now) {
    this.recipientId = recipientId;
    this.caseId = caseId;
    this.kind = Objects.requireNonNull(kind);
    this.actorName =
        actorName == null || actorName.length() <= ACTOR_LENGTH
            ? actorName
            : actorName.substring(0, ACTOR_LENGTH);
    this.createdAt = Objects.requireNonNull(now);
  }

  /** Marks it read; reading it again keeps when it was first read. */
  public void read(LocalDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isFor(long agentId) {
    return recipientId == agentId;
  }

  public Long getId() {
    return id;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public long getCaseId() {
    return caseId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getActorName() {
    return actorName;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }
}
