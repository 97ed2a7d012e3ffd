package br.com.atende.timekeeping.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report as a PDF (OpenPDF): a title with the company's name and the period, then one table row
 * per client and charge, added a page of lines at a time, and the totals. Amounts in BRL in the
 * viewer's locale. The title is also the document's metadata title.
 */
final class ConsumptionPdf {

  private static final float[] WIDTHS = {26, 22, 8, 8, 11, 10, 7, 8};

  private final Document document;
  private final PdfPTable table;
  private final ResourceBundle text;
  private final NumberFormat money;
  private final NumberFormat quantity;
  private final Font cellFont = FontFactory.getFont(FontFactory.HELVETICA, 8);
  private final Font headFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

  ConsumptionPdf(OutputStream out, ReportProgress report, Locale locale) {
    text = ResourceBundle.getBundle("br.com.atende.timekeeping.report.labels", locale);
    money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(Currency.getInstance("BRL"));
    quantity = NumberFormat.getNumberInstance(locale);
    quantity.setMaximumFractionDigits(2);
    document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter.getInstance(document, out);
    String period = report.month().format(DateTimeFormatter.ofPattern("MM/yyyy", locale));
    String title = text.getString("title") + " - " + report.companyName() + " - " + period;
    document.addTitle(title);
    document.addSubject(report.companyName());
    document.addCreator("Atende");
    document.open();
    try {
      document.add(
          new Paragraph(
              text.getString("title"), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
      Font info = FontFactory.getFont(FontFactory.HELVETICA, 10);
      document.add(new Paragraph(text.getString("company") + ": " + report.companyName(), info));
      document.add(new Paragraph(text.getString("period") + ": " + period, info));
      document.add(
          new Paragraph(
              text.getString("generated")
                  + " "
                  + LocalDateTime.now()
                      .format(
                          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                              .withLocale(locale)),
              info));
      document.add(new Paragraph(" "));
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String key :
        List.of("client", "charge", "entries", "hours", "value", "loss", "travel", "travelValue")) {
      PdfPCell head = new PdfPCell(new Phrase(text.getString(key), headFont));
      head.setGrayFill(0.9f);
      table.addCell(head);
    }
  }

  void rows(List<ConsumptionRow> rows) {
    for (ConsumptionRow row : rows) {
      text(row.partyName());
      text(charge(row));
      number(String.valueOf(row.entries()));
      number(row.hours());
      number(money.format(row.value()));
      number(money.format(row.loss()));
      number(travel(row.travel(), row.travelBasis() == null ? null : row.travelBasis().name()));
      number(money.format(row.travelValue()));
    }
  }

  void finish(ConsumptionTotals totals) {
    PdfPCell label = new PdfPCell(new Phrase(text.getString("total"), headFont));
    label.setColspan(2);
    table.addCell(label);
    number(String.valueOf(totals.entries()));
    number(totals.hours());
    number(money.format(totals.value()));
    number(money.format(totals.loss()));
    number(quantity.format(totals.travel()));
    number(money.format(totals.travelValue()));
    try {
      document.add(table);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    document.close();
  }

  private String charge(ConsumptionRow row) {
    return switch (row.chargeKind()) {
      case CONTRACT -> text.getString("contract") + ": " + row.chargeName();
      case STANDALONE -> text.getString("standalone") + ": " + row.chargeName();
      default -> text.getString("noCharge");
    };
  }

  private String travel(BigDecimal travel, String basis) {
    if (travel.signum() == 0) {
      return "";
    }
    return basis == null
        ? quantity.format(travel)
        : quantity.format(travel) + " " + text.getString(basis);
  }

  private void text(String value) {
    table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, cellFont)));
  }

  private void number(String value) {
    PdfPCell cell = new PdfPCell(new Phrase(value, cellFont));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(cell);
  }
}
