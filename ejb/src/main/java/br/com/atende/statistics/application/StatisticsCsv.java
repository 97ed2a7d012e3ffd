package br.com.atende.statistics.application;

import br.com.atende.shared.SpreadsheetFormulas;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tables of the statistics page as one CSV file (RFC 4180, CRLF): a section per chart, each a
 * title line, a heading line and its rows, with a blank line between sections. Headings and the
 * names of statuses and priorities come from the page's bundle through {@code text} (message key to
 * text), so the file speaks the supervisor's language; hours are plain decimals with a dot. Every
 * cell a spreadsheet could run (a department or group named "=…") is neutralised.
 */
public final class StatisticsCsv {

  private final Function<String, String> text;

  private final StringBuilder csv = new StringBuilder();

  private StatisticsCsv(Function<String, String> text) {
    this.text = text;
  }

  public static String of(CaseStatistics figures, Function<String, String> text) {
    StatisticsCsv file = new StatisticsCsv(text);
    file.write(figures);
    return file.csv.toString();
  }

  private void write(CaseStatistics figures) {
    section("statistics.opened", "statistics.figure", "statistics.cases");
    line(text.apply("statistics.opened"), String.valueOf(figures.opened()));

    section(
        "statistics.perDay",
        "statistics.day",
        "statistics.openedColumn",
        "statistics.closedColumn");
    figures
        .perDay()
        .forEach(
            d -> line(d.day().toString(), String.valueOf(d.opened()), String.valueOf(d.closed())));

    tallies("statistics.byStatus", "case.status", figures.byStatus(), "status.");
    tallies("statistics.byPriority", "case.priority", figures.byPriority(), "priority.");
    tallies("statistics.byDepartment", "case.department", figures.byDepartment(), null);
    ranking("statistics.byGroup", "statistics.group", figures.byGroup());
    ranking("statistics.byAgent", "statistics.agent", figures.byAgent());

    section(
        "statistics.times",
        "statistics.figure",
        "statistics.cases",
        "statistics.meanHours",
        "statistics.medianHours");
    elapsed("statistics.firstResponse", figures.toFirstResponse());
    elapsed("statistics.solution", figures.toSolution());

    section("statistics.dueDates", "statistics.figure", "statistics.cases");
    OverdueTally overdue = figures.overdue();
    figure("statistics.withDueDate", overdue.withDueDate());
    figure("statistics.overdueNow", overdue.overdueNow());
    figure("statistics.concludedLate", overdue.concludedLate());
    figure("statistics.onTime", overdue.onTime());

    section("statistics.ratings", "statistics.rating", "statistics.ratingsCount");
    Ratings ratings = figures.ratings();
    for (int value = 1; value <= 5; value++) {
      line(String.valueOf(value), String.valueOf(ratings.distribution().get(value - 1)));
    }
    figure("statistics.ratingsCount", ratings.count());
    line(text.apply("statistics.average"), decimal(ratings.average()));
  }

  private void section(String title, String... headings) {
    if (!csv.isEmpty()) {
      csv.append("\r\n");
    }
    line(text.apply(title));
    List<String> cells = new ArrayList<>(headings.length);
    for (String heading : headings) {
      cells.add(text.apply(heading));
    }
    line(cells.toArray(String[]::new));
  }

  /** A count per key; a key is shown through the bundle when it names a status or priority. */
  private void tallies(String title, String heading, List<Tally> tallies, String keyPrefix) {
    section(title, heading, "statistics.cases");
    for (Tally tally : tallies) {
      String key = keyPrefix == null ? tally.key() : text.apply(keyPrefix + tally.key());
      line(key, String.valueOf(tally.count()));
    }
  }

  private void ranking(String title, String heading, Ranking ranking) {
    section(title, heading, "statistics.cases");
    ranking.top().forEach(t -> line(t.key(), String.valueOf(t.count())));
    figure("statistics.nobody", ranking.nobody());
    figure("statistics.others", ranking.others());
  }

  private void elapsed(String figure, Elapsed elapsed) {
    line(
        text.apply(figure),
        String.valueOf(elapsed.cases()),
        decimal(elapsed.getMeanHours()),
        decimal(elapsed.getMedianHours()));
  }

  private void figure(String key, long count) {
    line(text.apply(key), String.valueOf(count));
  }

  private static String decimal(Double value) {
    return value == null ? "" : String.valueOf(value);
  }

  private void line(String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
  }

  /** RFC 4180 quoting, after neutralising what a spreadsheet would run. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = SpreadsheetFormulas.neutralised(value);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
