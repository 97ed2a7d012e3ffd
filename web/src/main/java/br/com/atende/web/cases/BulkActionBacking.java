package br.com.atende.web.cases;

import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.queue.bulk.BulkActionProgress;
import br.com.atende.queue.bulk.BulkActionService;
import br.com.atende.queue.bulk.BulkActionStarted;
import br.com.atende.queue.bulk.StartBulkActionCommand;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The queue's bulk action panel (issue 14): an understanding or a transfer on more cases than one
 * request changes (a whole tab, or more than 200 selected) runs as a job; the panel polls its
 * progress and then offers the report of the refused cases.
 */
@Named
@ViewScoped
public class BulkActionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BulkActionService bulk;

  private Long actionId;
  private BulkActionProgress progress;

  /** Starts the action on the selected cases; true when it started. */
  boolean start(StartBulkActionCommand command) {
    try {
      follow(bulk.start(command));
      return true;
    } catch (BusinessException e) {
      Feedback.error(e);
      return false;
    }
  }

  /**
   * Starts the action on every case of the tab (null: the department queue, as filtered); true when
   * it started.
   */
  boolean startOnQueue(StartBulkActionCommand command, QueueTab tab, CustomFieldFilter filter) {
    try {
      BulkActionStarted started = bulk.startOnQueue(command, tab, filter);
      if (started.capped()) {
        Feedback.warn("queue.bulk.capped", started.cases());
      }
      follow(started.id());
      return true;
    } catch (BusinessException e) {
      Feedback.error(e);
      return false;
    }
  }

  private void follow(long id) {
    actionId = id;
    Feedback.info("queue.bulk.started");
    refresh();
  }

  public void refresh() {
    if (actionId == null) {
      return;
    }
    try {
      progress = bulk.progress(actionId);
    } catch (BusinessException e) {
      Feedback.error(e);
      actionId = null;
      progress = null;
    }
  }

  public void resume() {
    try {
      bulk.resume(actionId);
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** The refused cases as CSV, read when the agent asks for it. */
  public StreamedContent getReport() {
    Long id = actionId;
    return DefaultStreamedContent.builder()
        .name("acao-em-massa-recusados.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bulk.report(id, key -> Feedback.text(key))))
        .build();
  }

  public boolean isRunning() {
    return progress != null && progress.isRunning();
  }

  public BulkActionProgress getProgress() {
    return progress;
  }
}
