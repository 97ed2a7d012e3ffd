package br.com.atende.web.cases;

import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.customfield.application.CustomFieldFilter;
import br.com.atende.customfield.application.QueueExport;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The department queue: a lazy table whose every page is one paged, access-filtered query. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseService cases;

  @Inject private UnderstandingService understandings;

  @Inject private QueueExport export;

  private List<CaseSummary> selected = new ArrayList<>();
  private String understanding;

  private final LazyDataModel<CaseSummary> queue =
      new PagedModel<>(
          page -> cases.departmentQueue(page, this.filter),
          () -> cases.countDepartmentQueue(this.filter),
          CaseSummary::id);

  private List<Choice> filterFields;
  private Long filterFieldId;
  private String filterValue;

  /** The filter the table shows, set only once the database has accepted it. */
  private CustomFieldFilter filter;

  /** Narrows the queue to the cases holding the typed value in the chosen custom field. */
  public void applyFilter() {
    CustomFieldFilter typed = new CustomFieldFilter(filterFieldId, filterValue);
    try {
      cases.countDepartmentQueue(typed);
      filter = typed.isEmpty() ? null : typed;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** The queue as it is filtered now, with its cases' custom values, as a CSV download. */
  public StreamedContent getExport() {
    CustomFieldFilter applied = filter;
    return DefaultStreamedContent.builder()
        .name("fila.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(
            () -> new ByteArrayInputStream(export.csv(applied).getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  public void clearFilter() {
    filter = null;
    filterFieldId = null;
    filterValue = null;
  }

  public List<Choice> getFilterFields() {
    if (filterFields == null) {
      filterFields = cases.queueFilterFields();
    }
    return filterFields;
  }

  public Long getFilterFieldId() {
    return filterFieldId;
  }

  public void setFilterFieldId(Long filterFieldId) {
    this.filterFieldId = filterFieldId;
  }

  public String getFilterValue() {
    return filterValue;
  }

  public void setFilterValue(String filterValue) {
    this.filterValue = filterValue;
  }

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
