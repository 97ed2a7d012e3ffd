package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.DiscussionKind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A discussion entry as the case page lists it, with the files posted with it and the workflow step
 * the case was in when it was written (none when the case had not entered a step).
 */
public record DiscussionItem(
    long id,
    DiscussionKind kind,
    String authorName,
    LocalDateTime createdAt,
    String body,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    boolean internal,
    boolean publishable,
    Long stepId,
    String stepName,
    List<AttachmentItem> attachments)
    implements Serializable {

  public DiscussionItem {
    attachments = List.copyOf(attachments);
  }

  /** The entry as its query reads it; its attachments are read for the whole page at once. */
  public DiscussionItem(
      long id,
      DiscussionKind kind,
      String authorName,
      LocalDateTime createdAt,
      String body,
      CaseStatus fromStatus,
      CaseStatus toStatus,
      boolean internal,
      boolean publishable,
      Long stepId,
      String stepName) {
    this(
        id,
        kind,
        authorName,
        createdAt,
        body,
        fromStatus,
        toStatus,
        internal,
        publishable,
        stepId,
        stepName,
        List.of());
  }

  DiscussionItem withAttachments(List<AttachmentItem> files) {
    return new DiscussionItem(
        id,
        kind,
        authorName,
        createdAt,
        body,
        fromStatus,
        toStatus,
        internal,
        publishable,
        stepId,
        stepName,
        files);
  }
}
