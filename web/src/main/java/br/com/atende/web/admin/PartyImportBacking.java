package br.com.atende.web.admin;

import br.com.atende.importing.ImportProgress;
import br.com.atende.importing.PartyImportService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;

/**
 * The party import page: upload a CSV file, follow the import's progress (polled while its job
 * runs), then download the report of the refused rows. An import id in the address ({@code
 * ?import=N}) shows an earlier import.
 */
@Named
@ViewScoped
public class PartyImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyImportService imports;

  private transient UploadedFile file;
  private Long importId;
  private ImportProgress progress;

  public void load() {
    if (importId != null) {
      refresh();
    }
  }

  public void start() {
    if (file == null || file.getSize() == 0) {
      Feedback.warn("import.noFile");
      return;
    }
    if (file.getSize() > PartyImportService.MAX_BYTES) {
      Feedback.warn("error.import.tooLarge", "");
      return;
    }
    try {
      importId = imports.start(file.getFileName(), read(file));
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private static byte[] read(UploadedFile file) {
    try (InputStream in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the job's progress again. Called by the page's poll. */
  public void refresh() {
    try {
      progress = imports.progress(importId);
    } catch (BusinessException e) {
      Feedback.error(e);
      importId = null;
      progress = null;
    }
  }

  public void resume() {
    try {
      imports.resume(importId);
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public boolean isRunning() {
    return progress != null && progress.isRunning();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public Long getImportId() {
    return importId;
  }

  public void setImportId(Long importId) {
    this.importId = importId;
  }

  public ImportProgress getProgress() {
    return progress;
  }
}
