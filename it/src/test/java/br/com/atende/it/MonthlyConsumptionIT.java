package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.ReportFixtures;
import br.com.atende.it.support.ReportFixtures.Charge;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.report.ConsumptionReportService;
import br.com.atende.timekeeping.report.ConsumptionRow;
import br.com.atende.timekeeping.report.ConsumptionTotals;
import br.com.atende.timekeeping.report.ReportLedger;
import br.com.atende.timekeeping.report.ReportProgress;
import br.com.atende.timekeeping.report.ReportState;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly consumption report (issue 12), run by the server's batch runtime over thousands of
 * entries written with plain JDBC: its lines equal the month's sums by plain SQL to the cent, and a
 * job failing in the middle of a chunk and restarted counts no entry twice and misses none.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyConsumptionIT {

  /** Months of the tests' own: no other test logs time in 2031. */
  private static final YearMonth FULL_MONTH = YearMonth.of(2031, 3);

  private static final YearMonth INTERRUPTED_MONTH = YearMonth.of(2031, 4);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject ReportFixtures fixtures;

  @Inject ConsumptionReportService reports;

  @Inject ReportLedger ledger;

  @Inject AgentDirectory agents;

  @Test
  void theReportOfTenThousandEntriesEqualsTheMonthsSumsBySqlToTheCent() throws Exception {
    long company = fillMonth(FULL_MONTH, 10_000);

    long report = acting.as("carla", () -> reports.start(company, FULL_MONTH, 200));
    ReportProgress done = awaitReport(report);

    assertEquals(ReportState.COMPLETED, done.state());
    assertTrue(fixtures.finished(report), "the closing step marked the report finished");
    assertEquals(10_000, done.read());
    assertEquals(10_000, done.estimated());
    Map<String, String> expected = fixtures.expectedLines(company, FULL_MONTH);
    assertEquals(expected, fixtures.reportLines(report));
    assertEquals(expected.size(), fixtures.lineCount(report));
    ConsumptionTotals totals = acting.as("carla", () -> reports.totals(report));
    assertEquals(10_000, totals.entries());
  }

  @Test
  void aReportFailingInTheMiddleOfAChunkAndResumedCountsNoEntryTwiceAndMissesNone()
      throws Exception {
    long company = fillMonth(INTERRUPTED_MONTH, 3_000);
    long report =
        acting.as("carla", () -> ledger.create(agents.currentAgent(), company, INTERRUPTED_MONTH));
    Properties parameters = new Properties();
    parameters.setProperty("reportId", String.valueOf(report));
    parameters.setProperty("itemCount", "100");
    // Fails at the 1,235th entry: twelve chunks of 100 are in the lines, the thirteenth rolled
    // back.
    parameters.setProperty("failAfterItems", "1234");
    long first = BatchRuntime.getJobOperator().start(ConsumptionReportService.JOB, parameters);
    acting.as(
        "carla",
        () -> {
          ledger.startedAs(report, first);
          return null;
        });

    assertEquals(BatchStatus.FAILED, awaitEnd(first));
    ReportProgress failed = acting.as("carla", () -> reports.progress(report));
    assertEquals(ReportState.INTERRUPTED, failed.state());
    assertEquals(1_200, failed.read());
    assertFalse(fixtures.reportLines(report).isEmpty());

    acting.as(
        "carla",
        () -> {
          reports.resume(report);
          return null;
        });
    ReportProgress resumed = awaitReport(report);

    assertEquals(ReportState.COMPLETED, resumed.state());
    assertTrue(fixtures.finished(report));
    assertEquals(3_000, resumed.read());
    Map<String, String> expected = fixtures.expectedLines(company, INTERRUPTED_MONTH);
    assertEquals(expected, fixtures.reportLines(report));
    assertEquals(expected.size(), fixtures.lineCount(report));
  }

  @Test
  void aReportStoppedAfterItsFirstCheckpointsAndResumedCountsNoEntryTwiceAndMissesNone()
      throws Exception {
    YearMonth month = YearMonth.of(2031, 7);
    long company = fillMonth(month, 2_000);
    // Five entries a chunk: four hundred checkpoints, time enough to stop it in the middle.
    long report = acting.as("carla", () -> reports.start(company, month, 5));
    long[] running = fixtures.executionAndEntriesRead(report);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (running[1] < 50 && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      running = fixtures.executionAndEntriesRead(report);
    }
    BatchRuntime.getJobOperator().stop(running[0]);

    assertEquals(BatchStatus.STOPPED, awaitEnd(running[0]));
    ReportProgress stopped = acting.as("carla", () -> reports.progress(report));
    assertEquals(ReportState.INTERRUPTED, stopped.state());
    assertTrue(stopped.read() >= 50 && stopped.read() < 2_000, "stopped in the middle");
    acting.as(
        "carla",
        () -> {
          reports.resume(report);
          return null;
        });

    assertEquals(ReportState.COMPLETED, awaitReport(report).state());
    assertEquals(2_000, acting.as("carla", () -> reports.progress(report)).read());
    Map<String, String> expected = fixtures.expectedLines(company, month);
    assertEquals(expected, fixtures.reportLines(report));
    assertEquals(expected.size(), fixtures.lineCount(report));
  }

  @Test
  void theReportIsReadAPageAtATimeAndExportedAsCsvAndPdfWithTheCompanysName() throws Exception {
    YearMonth month = YearMonth.of(2031, 5);
    long company = fillMonth(month, 200);
    long report = acting.as("carla", () -> reports.start(company, month));
    assertEquals(ReportState.COMPLETED, awaitReport(report).state());

    List<ConsumptionRow> firstPage =
        acting.as("carla", () -> reports.lines(report, PageRequest.of(0, 2)));
    List<ConsumptionRow> secondPage =
        acting.as("carla", () -> reports.lines(report, PageRequest.of(2, 2)));
    assertEquals(2, firstPage.size());
    assertFalse(secondPage.isEmpty());
    assertTrue(firstPage.stream().noneMatch(secondPage::contains));

    String csv = new String(acting.as("carla", () -> reports.csv(report)), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("client,charge_type,charge,"));
    assertEquals(
        fixtures.lineCount(report) + 1, csv.split("\r\n").length, "a header and one row a line");

    byte[] pdf = acting.as("carla", () -> reports.pdf(report, java.util.Locale.ENGLISH));
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(raw.startsWith("%PDF"));
    assertTrue(raw.contains("ACME Ind"), "the company's name is in the document's title");
  }

  @Test
  void onlySupervisorsAndAdministratorsRunTheReportAndASupervisorOnlyForItsCompany()
      throws Exception {
    assertThrows(
        EJBAccessException.class,
        () -> acting.as("ana", () -> reports.start(1L, YearMonth.of(2031, 6))));
    long acme = fixtures.companyOfCase(openCase("carla", "Maria"));
    assertThrows(
        Exception.class,
        () -> acting.as("carla", () -> reports.start(acme + 1_000_000, YearMonth.of(2031, 6))));
    assertEquals(1, acting.as("carla", () -> reports.companies()).size());
    assertTrue(acting.as("admin", () -> reports.companies()).size() >= 2);
  }

  /**
   * Fills the month with entries on three of ACME's cases (three clients) under two contracts, a
   * standalone service and no charge; returns ACME's id.
   */
  private long fillMonth(YearMonth month, int count) throws Exception {
    fixtures.clearMonth(month);
    List<Long> cases = new ArrayList<>();
    for (String party : List.of("Metalúrgica", "Maria", "Transportes")) {
      cases.add(openCase("carla", party));
    }
    long metal = fixtures.partyOfCase(cases.get(0));
    List<Charge> charges =
        List.of(
            new Charge(fixtures.contract(metal, "HOURLY", "150.00", "PER_TRIP", "45.50"), null),
            new Charge(null, fixtures.service("PER_CALL", "80.00", "PER_KM", "0.85")),
            new Charge(null, null),
            new Charge(fixtures.contract(metal, "PER_CALL", "99.90", null, null), null));
    fixtures.fill(month, cases, charges, count);
    return fixtures.companyOfCase(cases.get(0));
  }

  private long openCase(String login, String party) throws Exception {
    return openings
        .open(
            login, party, "Consumo " + party, "Apontamentos do mês.", Priority.NORMAL, null, false)
        .id();
  }

  private ReportProgress awaitReport(long report) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    ReportProgress progress = acting.as("carla", () -> reports.progress(report));
    while (progress.isRunning() && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      progress = acting.as("carla", () -> reports.progress(report));
    }
    return progress;
  }
}
