package br.com.atende.web.cases;

import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The department queue: a lazy table whose every page is one paged, access-filtered query. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseService cases;

  @Inject private UnderstandingService understandings;

  private List<CaseSummary> selected = new ArrayList<>();
  private String understanding;

  private final LazyDataModel<CaseSummary> queue =
      new PagedModel<>(
          page -> cases.departmentQueue(page), () -> cases.countDepartmentQueue(), CaseSummary::id);

  /** Adds the understanding typed to every case selected on the page, all or none. */
  public void addUnderstanding() {
    try {
      int count =
          understandings.add(
              new AddUnderstandingCommand(
                  selected.stream().map(CaseSummary::id).toList(), understanding));
      Feedback.info("queue.understanding.done", count);
      understanding = null;
      selected = new ArrayList<>();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public List<CaseSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<CaseSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getUnderstanding() {
    return understanding;
  }

  public void setUnderstanding(String understanding) {
    this.understanding = understanding;
  }

  public LazyDataModel<CaseSummary> getQueue() {
    return queue;
  }
}
