package br.com.atende.administration.model;

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
 * One line of the administrators' log: who did what to which record, and what the record became.
 * Written in the transaction of the change, so a refused change leaves no line; never changed.
 */
@Entity
@Table(name = "admin_log")
public class AdminLogEntry {

  /** The kinds of record administrators change. */
  public enum Kind {
    DEPARTMENT,
    AGENT,
    /** The inbound mailbox's settings (one record, id 1). */
    MAILBOX,
    // The catalogue's kinds (CatalogueKind), by the same names.
    COMPANY,
    AGENT_GROUP,
    PROFILE,
    CASE_TYPE,
    CLASSIFICATION,
    CASE_CATEGORY,
    PRODUCT,
    PRODUCT_MODULE,
    // Kept by agents, not administrators (PartyRegistry): the line names who. A party's line is
    // also
    // an administrator's export or anonymization of its data (LGPD, DataSubjectService).
    PARTY,
    CONTACT,
    CONTACT_CHANNEL
  }

  /** What was done. */
  public enum Action {
    CREATED,
    CHANGED,
    DEACTIVATED,
    REACTIVATED,
    DELETED,
    /** Everything held about a party was exported (LGPD). */
    EXPORTED,
    /** A party was anonymized on request (LGPD). */
    ANONYMIZED
  }

  private static final int DETAIL_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_log_seq")
  @SequenceGenerator(name = "admin_log_seq", sequenceName = "admin_log_seq", allocationSize = 50)
  private Long id;

  @Column(name = "logged_at", nullable = false, updatable = false)
  private LocalDateTime loggedAt;

  @Column(name = "admin_login", nullable = false, updatable = false, length = 60)
  private String adminLogin;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_kind", nullable = false, updatable = false, length = 20)
  private Kind recordKind;

  @Column(name = "record_id", nullable = false, updatable = false)
  private long recordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Action action;

  @Column(updatable = false, length = DETAIL_MAX)
  private String detail;

  protected AdminLogEntry() {}

  public AdminLogEntry(
      LocalDateTime loggedAt,
      String adminLogin,
      Kind recordKind,
      long recordId,
      Action action,
      String detail) {
    this.loggedAt = Objects.requireNonNull(loggedAt);
    this.adminLogin = Objects.requireNonNull(adminLogin);
    this.recordKind = Objects.requireNonNull(recordKind);
    this.recordId = recordId;
    this.action = Objects.requireNonNull(action);
    this.detail =
        detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getLoggedAt() {
    return loggedAt;
  }

  public String getAdminLogin() {
    return adminLogin;
  }

  public Kind getRecordKind() {
    return recordKind;
  }

  public long getRecordId() {
    return recordId;
  }

  public Action getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }
}
