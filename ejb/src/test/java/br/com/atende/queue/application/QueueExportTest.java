package br.com.atende.queue.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells are quoted by RFC 4180, and a spreadsheet formula is never exported as one. */
class QueueExportTest {

  @Test
  void aCellWithACommaQuoteOrLineBreakIsQuotedAndQuotesDoubled() {
    assertEquals("Loja", QueueExport.cell("Loja"));
    assertEquals("\"Centro, Sul\"", QueueExport.cell("Centro, Sul"));
    assertEquals("\"diz \"\"oi\"\"\"", QueueExport.cell("diz \"oi\""));
    assertEquals("\"a\nb\"", QueueExport.cell("a\nb"));
    assertEquals("", QueueExport.cell(null));
  }

  @Test
  void aFormulaIsNeutralisedButANegativeNumberIsNot() {
    assertEquals("'=HYPERLINK(1)", QueueExport.cell("=HYPERLINK(1)"));
    assertEquals("-12.5", QueueExport.cell("-12.5"));
  }

  @Test
  void aFormulaWithALineBreakOrALeadingTabOrCarriageReturnIsNeutralisedToo() {
    assertEquals("\"'=1+1\nnota\"", QueueExport.cell("=1+1\nnota"));
    assertEquals("\"'@SUM(A1)\r\nx\"", QueueExport.cell("@SUM(A1)\r\nx"));
    assertEquals("'\t=cmd|' /C calc'!A0", QueueExport.cell("\t=cmd|' /C calc'!A0"));
    assertEquals("\"'\r=1+1\"", QueueExport.cell("\r=1+1"));
    assertEquals("'  =1+1", QueueExport.cell("  =1+1"));
    assertEquals("'\uFF1D1+1", QueueExport.cell("\uFF1D1+1"));
    assertEquals("\"'-1\n=2\"", QueueExport.cell("-1\n=2"));
    assertEquals("\"a\n=b\"", QueueExport.cell("a\n=b"), "a formula only where it starts");
  }
}
