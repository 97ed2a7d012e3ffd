package br.com.atende.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.importing.CheckedRow.Problem;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedRowTest {

  private static ImportRow row(String kind, String name, String taxId, String contactName) {
    return new ImportRow(2, kind, name, taxId, null, null, contactName, null, null, null, null);
  }

  @Test
  void aGoodRowKeepsTheTaxIdAsDigitsAndTheKindInAnyCase() {
    CheckedRow checked = CheckedRow.of(row("person", "Ana", "529.982.247-25", null));

    assertFalse(checked.isRefused());
    assertEquals(PartyKind.PERSON, checked.kind());
    assertEquals("52998224725", checked.taxId());
  }

  @Test
  void aRowWithSeveralFaultsNamesEveryFieldAtFault() {
    CheckedRow checked = CheckedRow.of(row("ALIEN", null, "123.456.789-00", "Fulano"));

    assertEquals(
        List.of(
            new Problem("kind", RowProblem.UNKNOWN_KIND),
            new Problem("name", RowProblem.MISSING_NAME),
            new Problem("tax_id", RowProblem.INVALID_TAX_ID),
            new Problem("contact_email", RowProblem.MISSING_CONTACT_EMAIL)),
        checked.problems());
  }

  @Test
  void aFileIsReadWithItsBomSemicolonsQuotedLineBreaksAndBothLineEnds() {
    String text =
        "\uFEFFKind;Name;Tax_Id\r\nPERSON;\"Silva; Maria\nde Souza\";52998224725\nSTUDENT;Bia\r\n";
    List<ImportRow> rows = new ArrayList<>();
    try (ImportFile file = ImportFile.open(text)) {
      file.forEachRemaining(rows::add);
    }

    assertEquals(2, rows.size());
    assertEquals("Silva; Maria\nde Souza", rows.get(0).name());
    assertEquals(2, rows.get(0).number());
    assertEquals(RowProblem.WRONG_FIELD_COUNT, rows.get(1).readProblem());
    assertEquals(3, rows.get(1).number());
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() {
    assertThrows(InvalidInputException.class, () -> ImportFile.open("name,email\nAna,a@b.c\n"));
  }

  @Test
  void aRowWithACaseButNoKindOrNameRefersToAPartyAndItsCaseColumnsAreChecked() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 2, 10, 0);
    ImportRow good =
        new ImportRow(
            3,
            null,
            null,
            "529.982.247-25",
            null,
            null,
            null,
            null,
            null,
            CaseColumns.of("E1", "Assunto", "Pedido", "Suporte", null, "01/03/2025 14:30"),
            null);
    ImportRow bad =
        new ImportRow(
            4,
            null,
            null,
            "529.982.247-25",
            null,
            null,
            null,
            null,
            null,
            CaseColumns.of(null, null, "Pedido", null, null, "2027-01-01"),
            null);

    CheckedRow refersToParty = CheckedRow.of(good, now);
    CheckedRow refused = CheckedRow.of(bad, now);

    assertFalse(refersToParty.isRefused());
    assertFalse(refersToParty.namesParty());
    assertEquals(LocalDateTime.of(2025, 3, 1, 14, 30), refersToParty.caseToOpen().openedAt());
    assertEquals(
        List.of(
            new Problem("case_external_id", RowProblem.MISSING_EXTERNAL_ID),
            new Problem("case_subject", RowProblem.MISSING_SUBJECT),
            new Problem("case_department", RowProblem.MISSING_DEPARTMENT),
            new Problem("case_opened_at", RowProblem.INVALID_DATE)),
        refused.problems());
  }
}
