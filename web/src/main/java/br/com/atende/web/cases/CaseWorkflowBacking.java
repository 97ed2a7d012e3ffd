package br.com.atende.web.cases;

import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import br.com.atende.workflow.application.StepFieldsMissingException;
import br.com.atende.workflow.application.StepHistoryItem;
import br.com.atende.workflow.application.WorkflowService;
import br.com.atende.workflow.application.WorkflowState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's workflow tab (SPEC C5): the step the case is in, the next one, "advance step" and
 * the steps it went through.
 */
@Named
@ViewScoped
public class CaseWorkflowBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private WorkflowService workflows;

  private WorkflowState state;

  private final LazyDataModel<StepHistoryItem> history =
      new PagedModel<>(
          request -> workflows.stepHistory(page.getId(), request),
          () -> workflows.countStepHistory(page.getId()),
          item -> item.enteredAt() + item.stepName());

  public WorkflowState getState() {
    if (state == null) {
      state = workflows.state(page.getId());
    }
    return state;
  }

  /** Advances the case, or says every field the current step still needs. */
  public void advance() {
    try {
      workflows.advance(page.getId(), getState().caseVersion());
      Feedback.info("view.workflow.advanced", getState().nextName());
      state = null;
      page.refresh();
    } catch (StepFieldsMissingException e) {
      List<String> names = new ArrayList<>();
      e.standardFields().forEach(field -> names.add(Feedback.text("stepField." + field)));
      names.addAll(e.customFields());
      Feedback.error(new BusinessException(e.messageKey(), null, String.join(", ", names)));
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<StepHistoryItem> getHistory() {
    return history;
  }
}
