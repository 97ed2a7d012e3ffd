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
}
