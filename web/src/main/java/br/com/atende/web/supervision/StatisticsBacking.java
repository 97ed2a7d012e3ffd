package br.com.atende.web.supervision;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.statistics.application.CaseStatistics;
import br.com.atende.statistics.application.DayTally;
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
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The statistics page: the filter, the figures of one service call, and each chart's Chart.js
 * configuration (PrimeFaces' {@code p:chart} takes it as JSON) drawn from the same figures as the
 * table under it. Opens on the last 30 days of every department.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String OPENED_COLOUR = "#3b82f6";
  private static final String CLOSED_COLOUR = "#10b981";

  @Inject private StatisticsService statistics;

  private List<Choice> departments;
  private LocalDate from;
  private LocalDate to;
  private Long departmentId;
  private CaseStatistics figures;

  @PostConstruct
  void init() {
    departments = statistics.departments();
    to = LocalDate.now();
    from = to.minusDays(29);
    show();
  }

  public void show() {
    try {
      figures = statistics.of(new StatisticsFilter(from, to, departmentId));
    } catch (BusinessException e) {
      Feedback.error(e);
    }
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
