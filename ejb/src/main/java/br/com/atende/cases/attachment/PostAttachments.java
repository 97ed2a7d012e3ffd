package br.com.atende.cases.attachment;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attaches files to a post, within the caller's transaction: checks the post's limit, writes each
 * file to the store, recognizes its type from its bytes and records it. The first file refused
 * refuses the whole post; the transaction then rolls back and the store removes what it wrote.
 */
@Dependent
public class PostAttachments {

  @PersistenceContext private EntityManager em;

  @Inject private AttachmentStore store;

  public void attach(
      Case supportCase,
      DiscussionEntry post,
      Agent by,
      LocalDateTime at,
      List<AttachmentUpload> uploads) {
    AttachmentLimits.requireWithinPost(uploads);
    long budget = AttachmentLimits.MAX_BYTES_PER_POST;
    for (AttachmentUpload upload : uploads) {
      StoredFile stored = store.write(upload, budget);
      if (stored.size() == 0) {
        throw AttachmentLimits.empty(upload);
      }
      budget -= stored.size();
      AttachmentType type =
          recognize(upload, stored).orElseThrow(() -> AttachmentLimits.unacceptedType(upload));
      em.persist(new Attachment(supportCase, post, by, at, upload.fileName(), type, stored));
    }
  }

  /**
   * Attaches what it can of files that came from outside (an email's): each file is checked as a
   * note's are (type from its bytes, no empty file, the post's 25 MB in all), but a file refused
   * only leaves that file out, its bytes removed at once. Returns the names of the files refused.
   */
  public List<String> attachAcceptable(
      Case supportCase,
      DiscussionEntry post,
      Agent by,
      LocalDateTime at,
      List<AttachmentUpload> uploads) {
    List<String> refused = new ArrayList<>();
    long budget = AttachmentLimits.MAX_BYTES_PER_POST;
    for (AttachmentUpload upload : uploads) {
      Optional<Accepted> accepted = accept(upload, budget);
      if (accepted.isEmpty()) {
        refused.add(upload.fileName());
        continue;
      }
      budget -= accepted.get().stored().size();
      em.persist(
          new Attachment(
              supportCase,
              post,
              by,
              at,
              upload.fileName(),
              accepted.get().type(),
              accepted.get().stored()));
    }
    return refused;
  }

  /**
   * Keeps the files of an email held in quarantine, checked as {@link #attachAcceptable} checks
   * them, on no entry yet: accepting the email attaches them ({@link #attachHeld}), rejecting it
   * removes them ({@link #dropHeld}). Returns the names of the files refused.
   */
  public List<String> hold(long messageId, List<AttachmentUpload> uploads) {
    List<String> refused = new ArrayList<>();
    long budget = AttachmentLimits.MAX_BYTES_PER_POST;
    for (AttachmentUpload upload : uploads) {
      Optional<Accepted> accepted = accept(upload, budget);
      if (accepted.isEmpty()) {
        refused.add(upload.fileName());
        continue;
      }
      budget -= accepted.get().stored().size();
      em.persist(
          new HeldFile(
              messageId, upload.fileName(), accepted.get().type(), accepted.get().stored()));
    }
    return refused;
  }

  /** Attaches the files held with a quarantined email to the reply it became. */
  public void attachHeld(
      long messageId, Case supportCase, DiscussionEntry post, Agent by, LocalDateTime at) {
    for (HeldFile held : held(messageId)) {
      em.persist(new Attachment(supportCase, post, by, at, held));
      em.remove(held);
    }
  }

  /** Removes the files held with a rejected email: the rows now, the files once that commits. */
  public void dropHeld(long messageId) {
    for (HeldFile held : held(messageId)) {
      em.remove(held);
      store.removeAfterCommit(held.getStorageKey());
    }
  }

  private List<HeldFile> held(long messageId) {
    return em.createQuery(
            "SELECT h FROM HeldFile h WHERE h.messageId = :message ORDER BY h.id", HeldFile.class)
        .setParameter("message", messageId)
        .getResultList();
  }

  private record Accepted(StoredFile stored, AttachmentType type) {}

  /** Writes and recognizes one file from outside; empty (its bytes removed) when refused. */
  private Optional<Accepted> accept(AttachmentUpload upload, long budget) {
    StoredFile stored;
    try {
      stored = store.write(upload, budget);
    } catch (InvalidInputException | UncheckedIOException e) {
      // Over the limit, or its bytes unreadable (a truncated message): the store removed it.
      return Optional.empty();
    }
    Optional<AttachmentType> type =
        stored.size() == 0 ? Optional.empty() : recognize(upload, stored);
    if (type.isEmpty()) {
      store.remove(stored);
      return Optional.empty();
    }
    return Optional.of(new Accepted(stored, type.get()));
  }

  private static Optional<AttachmentType> recognize(AttachmentUpload upload, StoredFile stored) {
    try {
      return AttachmentType.recognize(upload.fileName(), stored.path());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back attachment " + upload.fileName(), e);
    }
  }
}
