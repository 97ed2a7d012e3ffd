package br.com.atende.timekeeping.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.timekeeping.model.TravelBasis;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The report's CSV: RFC 4180 quoting, and nothing a spreadsheet would run as a formula, whatever a
 * client or a contract is called.
 */
class ConsumptionCsvTest {

  @Test
  void aTextStartingWithAFormulaCharacterGetsAnApostropheAndQuotes() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ConsumptionCsv.cell("=HYPERLINK(\"x\")"));
    assertEquals("\"'+1+2\"", ConsumptionCsv.cell("+1+2"));
    assertEquals("\"'-2+3\"", ConsumptionCsv.cell("-2+3"));
    assertEquals("\"'@SUM(A1)\"", ConsumptionCsv.cell("@SUM(A1)"));
    assertEquals("\"'\tcmd\"", ConsumptionCsv.cell("\tcmd"));
    assertEquals("\"'\rcmd\"", ConsumptionCsv.cell("\rcmd"));
  }

  @Test
  void theReportGuardsLikeTheQueueExportALeadingLineBreakBlanksAndFullWidthSigns() {
    assertEquals("\"'\n=1+1\"", ConsumptionCsv.cell("\n=1+1"));
    assertEquals("\"'  =1+1\"", ConsumptionCsv.cell("  =1+1"));
    assertEquals("\"'\uFF1D1+1\"", ConsumptionCsv.cell("\uFF1D1+1"));
  }

  @Test
  void plainNumbersAndOrdinaryTextAreLeftAlone() {
    assertEquals("-12.50", ConsumptionCsv.cell("-12.50"));
    assertEquals("1234.56", ConsumptionCsv.cell("1234.56"));
    assertEquals("Metalúrgica Horizonte", ConsumptionCsv.cell("Metalúrgica Horizonte"));
    assertEquals("", ConsumptionCsv.cell(""));
  }

  @Test
  void aValueWithACommaQuoteOrLineBreakIsQuotedWithItsQuotesDoubled() {
    assertEquals("\"Centro, Sul\"", ConsumptionCsv.cell("Centro, Sul"));
    assertEquals("\"diz \"\"oi\"\"\"", ConsumptionCsv.cell("diz \"oi\""));
    assertEquals("\"a\nb\"", ConsumptionCsv.cell("a\nb"));
    assertEquals("\"a\r\nb\"", ConsumptionCsv.cell("a\r\nb"));
  }

  @Test
  void aRowHasTheHeadersColumnsWithAmountsAsPlainDecimalsAndEndsInCrLf() {
    StringBuilder csv = new StringBuilder();
    ConsumptionCsv.header(csv);
    ConsumptionCsv.row(
        csv,
        new ConsumptionRow(
            1L,
            "=Cliente, Ltda",
            ChargeKind.CONTRACT,
            "Suporte 8x5",
            3,
            125L,
            new BigDecimal("1234.50"),
            new BigDecimal("0.00"),
            TravelBasis.PER_KM,
            new BigDecimal("12.50"),
            new BigDecimal("25.00")));
    String[] lines = csv.toString().split("\r\n");
    assertEquals(2, lines.length);
    assertTrue(csv.toString().endsWith("\r\n"));
    assertEquals(
        "client,charge_type,charge,entries,hours,minutes,value_brl,loss_brl,travel_basis,travel,"
            + "travel_value_brl",
        lines[0]);
    assertEquals(
        "\"'=Cliente, Ltda\",CONTRACT,Suporte 8x5,3,2:05,125,1234.50,0.00,PER_KM,12.50,25.00",
        lines[1]);
  }
}
