package br.com.atende.timekeeping.report;

import br.com.atende.shared.SpreadsheetFormulas;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report as CSV (RFC 4180, CRLF): one row per client and charge, amounts as plain decimals with
 * a dot (what spreadsheets import whatever their locale's display), hours as minutes and h:mm.
 */
final class ConsumptionCsv {

  static final List<String> HEADER =
      List.of(
          "client",
          "charge_type",
          "charge",
          "entries",
          "hours",
          "minutes",
          "value_brl",
          "loss_brl",
          "travel_basis",
          "travel",
          "travel_value_brl");

  private ConsumptionCsv() {}

  static void header(StringBuilder csv) {
    line(csv, HEADER);
  }

  static void row(StringBuilder csv, ConsumptionRow row) {
    line(
        csv,
        List.of(
            nullToEmpty(row.partyName()),
            row.chargeKind().name(),
            nullToEmpty(row.chargeName()),
            String.valueOf(row.entries()),
            row.hours(),
            String.valueOf(row.minutes()),
            plain(row.value()),
            plain(row.loss()),
            row.travelBasis() == null ? "" : row.travelBasis().name(),
            plain(row.travel()),
            plain(row.travelValue())));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * RFC 4180 quoting, after neutralising what a spreadsheet would run ({@link
   * SpreadsheetFormulas}): such a text gets a leading apostrophe and quotes.
   */
  static String cell(String value) {
    boolean formula = SpreadsheetFormulas.isFormula(value);
    String safe = formula ? "'" + value : value;
    if (formula
        || safe.contains(",")
        || safe.contains("\"")
        || safe.contains("\n")
        || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
