package br.com.atende.web.cases;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.attachment.AttachmentType;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFiles;

/** The composer under the conversation: a reply or an internal note, with its files. */
@Named
@ViewScoped
public class ComposerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The file chooser's filter; the service checks every file's bytes whatever the filter let by.
   */
  private static final String ACCEPTED_FILES =
      AttachmentType.extensions().stream().map(e -> "." + e).collect(Collectors.joining(","));

  @Inject private CaseBacking page;

  @Inject private DiscussionService discussion;

  private String noteText;
  private boolean noteInternal;
  private boolean notePublishable;

  /** The files chosen for the note being added; only for the request that posts them. */
  private transient UploadedFiles noteFiles;

  public void addNote() {
    try {
      discussion.addNote(
          new AddNoteCommand(page.getId(), noteText, noteInternal, notePublishable, uploads()));
      Feedback.info("view.note.done");
      noteText = null;
      noteInternal = false;
      notePublishable = false;
      noteFiles = null;
      page.refresh();
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

  public String getAcceptedFiles() {
    return ACCEPTED_FILES;
  }

  public UploadedFiles getNoteFiles() {
    return noteFiles;
  }

  public void setNoteFiles(UploadedFiles noteFiles) {
    this.noteFiles = noteFiles;
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
