package br.com.atende.web.cases;

import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.TransferCommand;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.presence.PresenceService;
import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueExport;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.queue.application.QueueTabCount;
import br.com.atende.queue.bulk.StartBulkActionCommand;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.PageRequest;
import br.com.atende.web.shared.Availabilities;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The queue page: its tabs with their counts (SPEC C5), a lazy table whose every page is one paged,
 * access-filtered query, and the actions on the selected cases (understanding, transfer).
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QueueService queues;

  @Inject private UnderstandingService understandings;

  @Inject private QueueExport export;

  @Inject private ForwardingService forwarding;

  @Inject private PresenceService presence;

  @Inject private CaseService cases;

  @Inject private Clock clock;

  @Inject private BulkActionBacking bulk;

  /** The tab shown; null is the whole department queue, the page's first view. */
  private QueueTab tab;

  private List<QueueTabCount> tabs;
  private List<CaseSummary> selected = new ArrayList<>();
  private String understanding;

  /** Whether the next action applies to every case of the tab (as filtered), as a job. */
  private boolean wholeTab;

  private Long transferDepartmentId;
  private Long transferAgentId;
  private String transferReason;
  private List<Choice> departments;
  private List<Choice> departmentAgents = List.of();
  private Availabilities transferAvailabilities = Availabilities.NONE;

  /** The availability of the holders of the team tab's page shown; none on the other tabs. */
  private Availabilities holderAvailabilities = Availabilities.NONE;

  private final LazyDataModel<CaseSummary> queue =
      new PagedModel<>(this::rows, this::currentCount, CaseSummary::id);

  /**
   * A page of the tab shown. On a supervisor's team tab, also its holders' availability (seed 003:
   * who of the team is away or in a meeting), read for the holders of that page in one query.
   */
  private List<CaseSummary> rows(PageRequest page) {
    if (tab == null) {
      holderAvailabilities = Availabilities.NONE;
      return queues.departmentQueue(page, this.filter);
    }
    List<CaseSummary> rows = queues.page(tab, page);
    holderAvailabilities =
        tab.isTeam()
            ? Availabilities.ofAgents(
                presence,
                rows.stream()
                    .map(CaseSummary::holderId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList())
            : Availabilities.NONE;
    return rows;
  }

  /** Whether the rows' holders show their availability: the supervisors' team tabs. */
  public boolean isTeamTab() {
    return tab != null && tab.isTeam();
  }

  public Availabilities getHolderAvailabilities() {
    return holderAvailabilities;
  }

  private long currentCount() {
    if (tab == null) {
      return queues.countDepartmentQueue(filter);
    }
    return getTabs().stream()
        .filter(t -> t.tab() == tab)
        .mapToLong(QueueTabCount::count)
        .findFirst()
        .orElse(0);
  }

  /**
   * The row's mark: overdue (flagged by the nightly sweep, or past its due date now) or due today;
   * empty otherwise.
   */
  public String dueClass(CaseSummary row) {
    if (row.dueDate() == null) {
      return "";
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (row.overdue() || row.dueDate().isBefore(now)) {
      return "queue-overdue";
    }
    return row.dueDate().toLocalDate().equals(now.toLocalDate()) ? "queue-due-today" : "";
  }

  /** Shows another tab: its first page, nothing selected. */
  public void show(QueueTab chosen) {
    tab = chosen;
    selected = new ArrayList<>();
    tabs = null;
    queue.setRowCount(0);
  }

  /** A tab's label with its count ("Novos (12)", or "(1000+)" past the cap). */
  public String label(QueueTabCount count) {
    return Feedback.text(
        count.capped() ? "queue.tab.countCapped" : "queue.tab.count",
        Feedback.text("queue.tab." + count.tab()),
        count.count());
  }

  private List<Choice> filterFields;
  private Long filterFieldId;
  private String filterValue;

  /** The filter the table shows, set only once the database has accepted it. */
  private CustomFieldFilter filter;

  /** Narrows the queue to the cases holding the typed value in the chosen custom field. */
  public void applyFilter() {
    CustomFieldFilter typed = new CustomFieldFilter(filterFieldId, filterValue);
    try {
      queues.countDepartmentQueue(typed);
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
      filterFields = queues.queueFilterFields();
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

  /**
   * Adds the understanding typed to every case selected on the page, all or none; on the whole tab
   * or more than {@link UnderstandingService#MAX_CASES} cases, as a job case by case.
   */
  public void addUnderstanding() {
    if (asJob()) {
      if (startJob(
          StartBulkActionCommand.understanding(
              selected.stream().map(CaseSummary::id).toList(), understanding))) {
        understanding = null;
      }
      return;
    }
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

  /**
   * Transfers every selected case to the department (and agent) chosen, all or none; on the whole
   * tab or more than 200 cases, as a job case by case.
   */
  public void transfer() {
    if (asJob()) {
      if (startJob(
          StartBulkActionCommand.transfer(
              selected.stream().map(CaseSummary::id).toList(),
              transferDepartmentId,
              transferAgentId,
              transferReason))) {
        transferAgentId = null;
        transferReason = null;
      }
      return;
    }
    try {
      int count =
          forwarding.transfer(
              new TransferCommand(
                  selected.stream().map(CaseSummary::id).toList(),
                  transferDepartmentId,
                  transferAgentId,
                  transferReason));
      Feedback.info("queue.transfer.done", count);
      selected = new ArrayList<>();
      transferAgentId = null;
      transferReason = null;
      tabs = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Today's in-request path holds a queue page's worth; past it, or for a whole tab, a job. */
  private boolean asJob() {
    return wholeTab || selected.size() > UnderstandingService.MAX_CASES;
  }

  private boolean startJob(StartBulkActionCommand command) {
    boolean started = wholeTab ? bulk.startOnQueue(command, tab, filter) : bulk.start(command);
    if (started) {
      selected = new ArrayList<>();
      wholeTab = false;
    }
    return started;
  }

  /** The department chosen for a transfer changed: offer its agents. */
  public void departmentChosen() {
    transferAgentId = null;
    departmentAgents =
        transferDepartmentId == null ? List.of() : forwarding.agentsOf(transferDepartmentId);
    transferAvailabilities = Availabilities.of(presence, departmentAgents);
  }

  /** Next to each agent's name in the transfer form, read with the list. */
  public Availabilities getTransferAvailabilities() {
    return transferAvailabilities;
  }

  /** Forgets the tab counts, so that the next render reads them again (live updates). */
  public void recount() {
    tabs = null;
  }

  public List<QueueTabCount> getTabs() {
    if (tabs == null) {
      tabs = queues.tabs();
    }
    return tabs;
  }

  public QueueTab getTab() {
    return tab;
  }

  public List<CaseSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<CaseSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public boolean isWholeTab() {
    return wholeTab;
  }

  public void setWholeTab(boolean wholeTab) {
    this.wholeTab = wholeTab;
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

  public List<Choice> getDepartments() {
    if (departments == null) {
      departments = forwarding.departments();
    }
    return departments;
  }

  public List<Choice> getDepartmentAgents() {
    return departmentAgents;
  }

  public Long getTransferDepartmentId() {
    return transferDepartmentId;
  }

  public void setTransferDepartmentId(Long transferDepartmentId) {
    this.transferDepartmentId = transferDepartmentId;
  }

  public Long getTransferAgentId() {
    return transferAgentId;
  }

  public void setTransferAgentId(Long transferAgentId) {
    this.transferAgentId = transferAgentId;
  }

  public String getTransferReason() {
    return transferReason;
  }

  public void setTransferReason(String transferReason) {
    this.transferReason = transferReason;
  }
}
