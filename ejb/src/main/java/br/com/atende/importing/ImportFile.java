package br.com.atende.importing;

import br.com.atende.party.model.TaxId;
import br.com.atende.shared.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file read as CSV (RFC 4180 through Apache Commons CSV): UTF-8 with or without a byte
 * order mark, CRLF or LF, comma or semicolon as the header line shows (whichever it has more of),
 * quoted fields with line breaks. The header names the columns, in any order: {@code kind}, {@code
 * name} and {@code tax_id} are required; {@code phone}, {@code email}, {@code contact_name}, {@code
 * contact_email} and {@code contact_phone} may be left out, and so may the case columns {@code
 * case_external_id}, {@code case_subject}, {@code case_request}, {@code case_department}, {@code
 * case_company} and {@code case_opened_at}. A row whose kind and name are blank but which carries a
 * case opens it for the party already known by its tax id.
 */
public final class ImportFile implements Iterator<ImportRow>, AutoCloseable {

  static final List<String> REQUIRED = List.of("kind", "name", "tax_id");

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final int width;
  private long number = 1;
  private boolean broken;

  private ImportFile(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int headerEnd = content.indexOf('\n');
    String header = headerEnd < 0 ? content : content.substring(0, headerEnd);
    char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
    try {
      parser =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setAllowMissingColumnNames(true)
              .setIgnoreHeaderCase(true)
              .setTrim(true)
              .build()
              .parse(new StringReader(content));
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      throw new InvalidInputException("file", "error.import.header");
    }
    columns = new HashMap<>();
    parser
        .getHeaderMap()
        .forEach((name, index) -> columns.put(name.toLowerCase(Locale.ROOT), index));
    width = parser.getHeaderNames().size();
    if (!columnNames().containsAll(REQUIRED)) {
      throw new InvalidInputException("file", "error.import.header");
    }
    records = parser.iterator();
  }

  /** Opens the file's text; refuses a file whose header lacks a required column. */
  public static ImportFile open(String text) {
    return new ImportFile(text);
  }

  /** The file's bytes as UTF-8 text; refuses bytes that are not UTF-8. */
  public static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", "error.import.encoding");
    }
  }

  /**
   * The key an earlier row must not share: a case's external id for a row with a case (the writer
   * adds its party and contact only when they are new); otherwise the tax id as typed without
   * punctuation, and the contact's email in lower case (blank when the row has no contact).
   */
  public static String keyOf(ImportRow row) {
    if (row.hasCase()) {
      return "case|" + row.caseColumns().externalId();
    }
    String email = row.contactEmail() == null ? "" : row.contactEmail().toLowerCase(Locale.ROOT);
    return TaxId.normalize(row.taxId()) + "|" + email;
  }

  private List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  @Override
  public boolean hasNext() {
    if (broken) {
      return false;
    }
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      return true; // next() reports the unreadable rest as one refused row
    }
  }

  @Override
  public ImportRow next() {
    if (broken) {
      throw new NoSuchElementException();
    }
    number++;
    CSVRecord record;
    try {
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      broken = true;
      return ImportRow.refused(number, RowProblem.UNREADABLE);
    }
    if (record.size() != width) {
      return ImportRow.refused(number, RowProblem.WRONG_FIELD_COUNT);
    }
    return new ImportRow(
        number,
        field(record, "kind"),
        field(record, "name"),
        field(record, "tax_id"),
        field(record, "phone"),
        field(record, "email"),
        field(record, "contact_name"),
        field(record, "contact_email"),
        field(record, "contact_phone"),
        CaseColumns.of(
            field(record, "case_external_id"),
            field(record, "case_subject"),
            field(record, "case_request"),
            field(record, "case_department"),
            field(record, "case_company"),
            field(record, "case_opened_at")),
        null);
  }

  private String field(CSVRecord record, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      return null;
    }
    String value = record.get(index);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static long count(String text, char wanted) {
    return text.chars().filter(c -> c == wanted).count();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
