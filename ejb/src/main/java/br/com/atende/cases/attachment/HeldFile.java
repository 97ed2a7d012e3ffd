package br.com.atende.cases.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A file that came with an email held in quarantine: checked and stored as a note's would be (type
 * from its bytes, the post's size limit), but on no entry yet. Accepting the email turns it into an
 * {@link Attachment} of the reply; rejecting it removes the row and, once that commits, the file.
 */
@Entity
@Table(name = "held_file")
public class HeldFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "held_file_seq")
  @SequenceGenerator(name = "held_file_seq", sequenceName = "held_file_seq", allocationSize = 50)
  private Long id;

  /** The quarantined message (an {@code inbound_message} row) the file came with. */
  @Column(name = "inbound_message_id", nullable = false, updatable = false)
  private long messageId;

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

  protected HeldFile() {}

  HeldFile(long messageId, String fileName, AttachmentType type, StoredFile stored) {
    this.messageId = messageId;
    this.fileName = Objects.requireNonNull(fileName);
    this.contentType = type.contentType();
    this.sizeBytes = stored.size();
    this.sha256 = stored.sha256();
    this.storageKey = stored.storageKey();
  }

  String getFileName() {
    return fileName;
  }

  String getContentType() {
    return contentType;
  }

  long getSizeBytes() {
    return sizeBytes;
  }

  String getSha256() {
    return sha256;
  }

  String getStorageKey() {
    return storageKey;
  }
}
