package br.com.atende.web.reports;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.report.ConsumptionReportService;
import br.com.atende.timekeeping.report.ConsumptionRow;
import br.com.atende.timekeeping.report.ConsumptionTotals;
import br.com.atende.timekeeping.report.ReportProgress;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The monthly consumption page: choose a company and a month, start the report, follow its progress
 * (polled while the job runs), then read its lines (paged in the database) and download them as CSV
 * or PDF. A report id in the address ({@code ?report=N}) shows an earlier report.
 */
@Named
@ViewScoped
public class ConsumptionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  @Inject private ConsumptionReportService reports;

  private List<Choice> companies = List.of();
  private Long companyId;
  private String month = YearMonth.now().minusMonths(1).format(MONTH);
  private Long reportId;
  private ReportProgress progress;
  private ConsumptionTotals totals;

  private final LazyDataModel<ConsumptionRow> lines =
      new PagedModel<>(
          page -> showsLines() ? reports.lines(reportId, page) : List.of(),
          () -> showsLines() ? reports.countLines(reportId) : 0,
          ConsumptionRow::id);

  public void load() {
    companies = reports.companies();
    if (companyId == null && !companies.isEmpty()) {
      companyId = companies.get(0).id();
    }
    if (reportId != null) {
      refresh();
    }
  }

  public void start() {
    YearMonth period;
    try {
      period = YearMonth.parse(month.strip(), MONTH);
    } catch (DateTimeParseException | NullPointerException e) {
      Feedback.warn("report.consumption.badMonth");
      return;
    }
    try {
      reportId = reports.start(companyId, period);
      totals = null;
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Reads the job's progress again; once done, the totals too. Called by the page's poll. */
  public void refresh() {
    try {
      progress = reports.progress(reportId);
      if (progress.isCompleted() && totals == null) {
        totals = reports.totals(reportId);
      }
    } catch (BusinessException e) {
      Feedback.error(e);
      reportId = null;
      progress = null;
    }
  }

  public void resume() {
    try {
      reports.resume(reportId);
      refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private boolean showsLines() {
    return progress != null && progress.isCompleted();
  }

  public boolean isRunning() {
    return progress != null && progress.isRunning();
  }

  public String getPeriod() {
    return progress == null ? "" : progress.month().format(MONTH);
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public ReportProgress getProgress() {
    return progress;
  }

  public ConsumptionTotals getTotals() {
    return totals;
  }

  public LazyDataModel<ConsumptionRow> getLines() {
    return lines;
  }
}
