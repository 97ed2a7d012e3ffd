package br.com.atende.web.cases;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddSolutionCommand;
import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.AttachmentItem;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.SolutionItem;
import br.com.atende.cases.application.StatusHistoryItem;
import br.com.atende.cases.application.UnderstandingItem;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.cases.attachment.AttachmentType;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFiles;

/**
 * The case page: the case as last loaded (its version is what the next change expects), its
 * discussion, attachments and status history as lazy tables, and the actions on it. A case that
 * does not exist, or that the viewer may not see, is a plain 404.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The file chooser's filter; the service checks every file's bytes whatever the filter let by.
   */
  private static final String ACCEPTED_FILES =
      AttachmentType.extensions().stream().map(e -> "." + e).collect(Collectors.joining(","));

  @Inject private CaseService cases;

  @Inject private AttachmentService attachmentService;

  @Inject private CaseStatusService statuses;

  @Inject private DiscussionService discussion;

  @Inject private UnderstandingService understandings;

  @Inject private CatalogService catalog;

  private Long id;
  private CaseDetails details;
  private Set<CaseStatus> nextStatuses = Set.of();

  private CaseStatus targetStatus;
  private LocalDateTime scheduledFor;
  private String statusNote;

  private int accessLevel;

  private String noteText;
  private boolean noteInternal;
  private boolean notePublishable;

  private boolean customFieldsApply;
  private String understandingText;

  private final LazyDataModel<UnderstandingItem> understandingEntries =
      new PagedModel<>(
          page -> understandings.ofCase(id, page),
          () -> understandings.countOfCase(id),
          UnderstandingItem::id);

  private final LazyDataModel<AuditItem> audit =
      new PagedModel<>(
          page -> cases.auditTrail(id, page),
          () -> cases.countAuditTrail(id),
          item -> item.changedAt() + item.field() + item.newValue());

  /** The files chosen for the note being added; only for the request that posts them. */
  private transient UploadedFiles noteFiles;

  private final LazyDataModel<DiscussionItem> entries =
      new PagedModel<>(
          page -> discussion.discussion(id, page),
          () -> discussion.countDiscussion(id),
          DiscussionItem::id);

  private final LazyDataModel<SolutionItem> solutions =
      new PagedModel<>(
          page -> discussion.solutions(id, page),
          () -> discussion.countSolutions(id),
          SolutionItem::id);

  private String solutionText;

  private final LazyDataModel<AttachmentItem> attachments =
      new PagedModel<>(
          page -> attachmentService.attachments(id, page),
          () -> attachmentService.countAttachments(id),
          AttachmentItem::id);

  private final LazyDataModel<CaseSummary> timeline =
      new PagedModel<>(
          page -> cases.clientTimeline(id, page),
          () -> cases.countClientTimeline(id),
          CaseSummary::id);

  private final LazyDataModel<StatusHistoryItem> history =
      new PagedModel<>(
          page -> statuses.statusHistory(id, page),
          () -> statuses.countStatusHistory(id),
          item -> item.changedAt() + item.toStatus().name());

  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException();
      }
      refresh();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public void changeStatus() {
    try {
      statuses.changeStatus(
          new ChangeStatusCommand(id, details.version(), targetStatus, scheduledFor, statusNote));
      Feedback.info("view.status.done", Feedback.text("status." + targetStatus));
      targetStatus = null;
      scheduledFor = null;
      statusNote = null;
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Supervisors only; the service refuses anyone else whatever the page shows. */
  public void changeAccessLevel() {
    try {
      cases.changeAccessLevel(id, details.version(), accessLevel);
      Feedback.info("view.accessLevel.done", accessLevel);
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void recordVoicemail() {
    act(() -> statuses.recordVoicemail(id, details.version()));
  }

  public void clearVoicemail() {
    act(() -> statuses.clearVoicemail(id, details.version()));
  }

  public void addNote() {
    try {
      discussion.addNote(
          new AddNoteCommand(id, noteText, noteInternal, notePublishable, uploads()));
      Feedback.info("view.note.done");
      noteText = null;
      noteInternal = false;
      notePublishable = false;
      noteFiles = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void addUnderstanding() {
    try {
      understandings.add(new AddUnderstandingCommand(List.of(id), understandingText));
      Feedback.info("view.understanding.done");
      understandingText = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void addSolution() {
    try {
      discussion.addSolution(new AddSolutionCommand(id, solutionText));
      Feedback.info("view.solution.done");
      solutionText = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** The chosen files, read from where the container keeps them when the service stores them. */
  private List<AttachmentUpload> uploads() {
    if (noteFiles == null) {
      return List.of();
    }
    return noteFiles.getFiles().stream()
        .map(file -> new AttachmentUpload(file.getFileName(), file.getSize(), file::getInputStream))
        .toList();
  }

  private void act(LongSupplier action) {
    try {
      action.getAsLong();
      Feedback.info("view.voicemail.done");
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Reloads the case after a change made on this page, for the next change's version. */
  public void refresh() {
    details = cases.details(id);
    customFieldsApply =
        details.caseTypeId() != null && catalog.hasActiveCustomFields(details.caseTypeId());
    accessLevel = details.accessLevel();
    nextStatuses = statuses.nextStatuses(id);
  }

  public boolean isCustomFieldsApply() {
    return customFieldsApply;
  }

  public String getUnderstandingText() {
    return understandingText;
  }

  public void setUnderstandingText(String understandingText) {
    this.understandingText = understandingText;
  }

  public LazyDataModel<UnderstandingItem> getUnderstandingEntries() {
    return understandingEntries;
  }

  public LazyDataModel<AuditItem> getAudit() {
    return audit;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseDetails getDetails() {
    return details;
  }

  public Set<CaseStatus> getNextStatuses() {
    return nextStatuses;
  }

  public LazyDataModel<DiscussionItem> getEntries() {
    return entries;
  }

  public LazyDataModel<AttachmentItem> getAttachments() {
    return attachments;
  }

  public String getAcceptedFiles() {
    return ACCEPTED_FILES;
  }

  public UploadedFiles getNoteFiles() {
    return noteFiles;
  }

  public void setNoteFiles(UploadedFiles noteFiles) {
    this.noteFiles = noteFiles;
  }

  public LazyDataModel<CaseSummary> getTimeline() {
    return timeline;
  }

  public LazyDataModel<SolutionItem> getSolutions() {
    return solutions;
  }

  public String getSolutionText() {
    return solutionText;
  }

  public void setSolutionText(String solutionText) {
    this.solutionText = solutionText;
  }

  public LazyDataModel<StatusHistoryItem> getHistory() {
    return history;
  }

  public CaseStatus getTargetStatus() {
    return targetStatus;
  }

  public void setTargetStatus(CaseStatus targetStatus) {
    this.targetStatus = targetStatus;
  }

  public LocalDateTime getScheduledFor() {
    return scheduledFor;
  }

  public void setScheduledFor(LocalDateTime scheduledFor) {
    this.scheduledFor = scheduledFor;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }

  public int getAccessLevel() {
    return accessLevel;
  }

  public void setAccessLevel(int accessLevel) {
    this.accessLevel = accessLevel;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public boolean isNoteInternal() {
    return noteInternal;
  }

  public void setNoteInternal(boolean noteInternal) {
    this.noteInternal = noteInternal;
  }

  public boolean isNotePublishable() {
    return notePublishable;
  }

  public void setNotePublishable(boolean notePublishable) {
    this.notePublishable = notePublishable;
  }
}
