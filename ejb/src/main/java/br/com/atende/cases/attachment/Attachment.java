package br.com.atende.cases.attachment;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.organization.model.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A file attached to a discussion post. The row holds what was checked (the recognized type, the
 * size, the SHA-256) and the key of the file in the {@link AttachmentStore}; never the bytes.
 * Append-only, like the discussion.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @ManyToOne(optional = false)
  @JoinColumn(name = "discussion_entry_id", updatable = false)
  private DiscussionEntry entry;

  @Column(name = "file_name", nullable = false, updatable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "storage_key", nullable = false, updatable = false, length = 36)
  private String storageKey;

  @ManyToOne(optional = false)
  @JoinColumn(name = "uploaded_by_id", updatable = false)
  private Agent uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private LocalDateTime uploadedAt;

  protected Attachment() {}

  Attachment(
      Case supportCase,
      DiscussionEntry entry,
      Agent uploadedBy,
      LocalDateTime uploadedAt,
      String fileName,
      AttachmentType type,
      StoredFile stored) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.entry = Objects.requireNonNull(entry);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
    this.fileName = Objects.requireNonNull(fileName);
    this.contentType = type.contentType();
    this.sizeBytes = stored.size();
    this.sha256 = stored.sha256();
    this.storageKey = stored.storageKey();
  }

  /** The file of a quarantined email, attached to the reply it became once accepted. */
  Attachment(
      Case supportCase, DiscussionEntry entry, Agent uploadedBy, LocalDateTime at, HeldFile held) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.entry = Objects.requireNonNull(entry);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(at);
    this.fileName = held.getFileName();
    this.contentType = held.getContentType();
    this.sizeBytes = held.getSizeBytes();
    this.sha256 = held.getSha256();
    this.storageKey = held.getStorageKey();
  }

  public Long getId() {
    return id;
  }

  public String getStorageKey() {
    return storageKey;
  }
}
