package br.com.atende.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

  private static final CaseStatistics FIGURES =
      new CaseStatistics(
          3,
          List.of(new Tally("NEW", 2), new Tally("NOTIFIED", 1)),
          List.of(new Tally("HIGH", 3)),
          List.of(new Tally("=HYPERLINK(\"http://x\",\"a, b\")", 3)),
          List.of(new DayTally(LocalDate.of(2024, 3, 4), 3, 1)),
          new Ranking(List.of(new Tally("Grupo 1", 2)), 1, 0),
          new Ranking(List.of(new Tally("@Ana", 1)), 1, 1),
          new Elapsed(2, 5400.0, 3600.0),
          new Elapsed(0, null, null),
          new OverdueTally(2, 1, 0, 1),
          new Ratings(2, 4.5, List.of(0L, 0L, 0L, 1L, 1L)));

  @Test
  void eachTableIsASectionWithItsTitleItsHeadingsAndItsRowsInTheReadersLanguage() {
    String csv = StatisticsCsv.of(FIGURES, key -> key.equals("status.NEW") ? "Novo" : key);

    assertTrue(
        csv.contains(
            "\r\nstatistics.byStatus\r\ncase.status,statistics.cases\r\nNovo,2\r\nstatus.NOTIFIED,1\r\n"),
        csv);
    assertTrue(csv.contains("\r\n2024-03-04,3,1\r\n"), csv);
    assertTrue(csv.contains("\r\nstatistics.firstResponse,2,1.5,1.0\r\n"), "hours: " + csv);
    assertTrue(csv.contains("\r\nstatistics.solution,0,,\r\n"), "no case, no time: " + csv);
    assertTrue(csv.contains("\r\nstatistics.nobody,1\r\nstatistics.others,1\r\n"), csv);
    assertTrue(
        csv.contains("\r\n5,1\r\nstatistics.ratingsCount,2\r\nstatistics.average,4.5\r\n"), csv);
    assertEquals(10, csv.split("\r\n\r\n").length, "ten sections, a blank line between them");
  }

  @Test
  void aNameASpreadsheetWouldRunStaysText() {
    String csv = StatisticsCsv.of(FIGURES, key -> key);

    assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",3\r\n"), csv);
    assertTrue(csv.contains("\r\n'@Ana,1\r\n"), csv);
  }
}
