package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The department queue: a lazy table whose every page is one paged, access-filtered query. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseService cases;

  private final LazyDataModel<CaseSummary> queue = new DepartmentQueue();

  public LazyDataModel<CaseSummary> getQueue() {
    return queue;
  }

  private final class DepartmentQueue extends LazyDataModel<CaseSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(cases.countDepartmentQueue());
    }

    @Override
    public List<CaseSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      return cases.departmentQueue(
          new PageRequest(
              first,
              pageSize,
              sort == null ? null : sort.getField(),
              sort != null && sort.getOrder() == SortOrder.ASCENDING));
    }

    @Override
    public String getRowKey(CaseSummary row) {
      return String.valueOf(row.id());
    }
  }
}
