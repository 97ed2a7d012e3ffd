package br.com.atende.web.supervision;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.statistics.application.CaseStatistics;
import br.com.atende.statistics.application.DayTally;
import br.com.atende.statistics.application.Elapsed;
import br.com.atende.statistics.application.OverdueTally;
import br.com.atende.statistics.application.Ranking;
import br.com.atende.statistics.application.StatisticsCsv;
import br.com.atende.statistics.application.StatisticsFilter;
import br.com.atende.statistics.application.StatisticsService;
import br.com.atende.statistics.application.Tally;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The statistics page: the filter, the figures of one service call, and each chart's Chart.js
 * configuration (PrimeFaces' {@code p:chart} takes it as JSON) drawn from the same figures as the
 * table under it, and the same tables as a CSV download. Opens on the last 30 days of every
 * department of the supervisor's company.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String OPENED_COLOUR = "#3b82f6";
  private static final String CLOSED_COLOUR = "#10b981";

  @Inject private StatisticsService statistics;

  private List<Choice> companies;
  private List<Choice> departments;
  private LocalDate from;
  private LocalDate to;
  private Long companyId;
  private Long departmentId;
  private CaseStatistics figures;

  @PostConstruct
  void init() {
    companies = statistics.companies();
    companyId = companies.get(0).id();
    departments = statistics.departments(companyId);
    to = LocalDate.now();
    from = to.minusDays(29);
    show();
  }

  public void show() {
    try {
      figures = statistics.of(new StatisticsFilter(from, to, departmentId, companyId));
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Another company: its departments to choose from, none chosen. */
  public void companyChanged() {
    departmentId = null;
    try {
      departments = statistics.departments(companyId);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** The tables of the figures on the page, as one CSV file in the supervisor's language. */
  public StreamedContent getExport() {
    CaseStatistics shown = figures;
    return DefaultStreamedContent.builder()
        .name("estatisticas.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(
            () ->
                new ByteArrayInputStream(
                    StatisticsCsv.of(shown, key -> Feedback.text(key))
                        .getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  public String getPerDayChart() {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM");
    JsonArrayBuilder labels = Json.createArrayBuilder();
    figures.perDay().forEach(d -> labels.add(day.format(d.day())));
    return chart(
            "line",
            labels,
            dataset(
                Feedback.text("statistics.openedColumn"),
                figures.perDay(),
                DayTally::opened,
                OPENED_COLOUR),
            dataset(
                Feedback.text("statistics.closedColumn"),
                figures.perDay(),
                DayTally::closed,
                CLOSED_COLOUR))
        .toString();
  }

  public String getStatusChart() {
    return bars(figures.byStatus(), key -> Feedback.text("status." + key));
  }

  public String getPriorityChart() {
    return bars(figures.byPriority(), key -> Feedback.text("priority." + key));
  }

  public String getDepartmentChart() {
    return bars(figures.byDepartment(), Function.identity());
  }

  public String getGroupChart() {
    return bars(ranked(figures.byGroup()), Function.identity());
  }

  public String getAgentChart() {
    return bars(ranked(figures.byAgent()), Function.identity());
  }

  /** Mean and median hours to the first response and to the solution, side by side. */
  public String getTimesChart() {
    List<Elapsed> both = List.of(figures.toFirstResponse(), figures.toSolution());
    JsonArrayBuilder labels =
        Json.createArrayBuilder()
            .add(Feedback.text("statistics.firstResponse"))
            .add(Feedback.text("statistics.solution"));
    JsonArrayBuilder means = Json.createArrayBuilder();
    JsonArrayBuilder medians = Json.createArrayBuilder();
    for (Elapsed elapsed : both) {
      means.add(elapsed.getMeanHours() == null ? 0 : elapsed.getMeanHours());
      medians.add(elapsed.getMedianHours() == null ? 0 : elapsed.getMedianHours());
    }
    return chart(
            "bar",
            labels,
            series(Feedback.text("statistics.meanHours"), means, OPENED_COLOUR),
            series(Feedback.text("statistics.medianHours"), medians, CLOSED_COLOUR))
        .toString();
  }

  public String getDueDatesChart() {
    OverdueTally overdue = figures.overdue();
    return bars(
        List.of(
            new Tally("statistics.withDueDate", overdue.withDueDate()),
            new Tally("statistics.overdueNow", overdue.overdueNow()),
            new Tally("statistics.concludedLate", overdue.concludedLate()),
            new Tally("statistics.onTime", overdue.onTime())),
        key -> Feedback.text(key));
  }

  public String getRatingsChart() {
    List<Tally> values = new ArrayList<>(5);
    for (int value = 1; value <= 5; value++) {
      values.add(new Tally(String.valueOf(value), figures.ratings().distribution().get(value - 1)));
    }
    return bars(values, Function.identity());
  }

  /** The ranked holders, then nobody and the others, as the table under the chart shows them. */
  private static List<Tally> ranked(Ranking ranking) {
    List<Tally> rows = new ArrayList<>(ranking.top());
    rows.add(new Tally(Feedback.text("statistics.nobody"), ranking.nobody()));
    rows.add(new Tally(Feedback.text("statistics.others"), ranking.others()));
    return rows;
  }

  private static String bars(List<Tally> tallies, Function<String, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    tallies.forEach(t -> labels.add(label.apply(t.key())));
    return chart(
            "bar",
            labels,
            dataset(Feedback.text("statistics.cases"), tallies, Tally::count, OPENED_COLOUR))
        .toString();
  }

  private static <T> JsonObjectBuilder dataset(
      String name, List<T> rows, ToLongFunction<T> value, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(value.applyAsLong(r)));
    return Json.createObjectBuilder()
        .add("label", name)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static JsonObjectBuilder series(String name, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", name)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static jakarta.json.JsonObject chart(
      String type, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (JsonObjectBuilder set : datasets) {
      sets.add(set);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build();
  }

  public CaseStatistics getFigures() {
    return figures;
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

  public List<Choice> getDepartments() {
    return departments;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }
}
