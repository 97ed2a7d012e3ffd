package br.com.atende.web.admin;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.importing.RowProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reports of refused rows and cases read in Portuguese and in English, every line of them. */
class RefusalReportsTextTest {

  private static final ResourceBundle PORTUGUESE =
      ResourceBundle.getBundle("br.com.atende.web.i18n.messages", Locale.forLanguageTag("pt-BR"));
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle("br.com.atende.web.i18n.messages", Locale.ENGLISH);

  @Test
  void everyReasonAnImportGivesIsWrittenInBothLanguages() {
    List<String> keys = new ArrayList<>();
    Stream.of(RowProblem.values()).map(RowProblem::reasonKey).forEach(keys::add);
    keys.addAll(
        List.of(
            "import.report.row",
            "import.report.field",
            "import.report.problem",
            "import.report.reason"));
    for (String key : keys) {
      assertTrue(PORTUGUESE.containsKey(key) && ENGLISH.containsKey(key), key);
    }
  }

  @Test
  void theReasonsAreTranslatedNotCopied() {
    for (RowProblem problem : RowProblem.values()) {
      assertNotEquals(
          ENGLISH.getString(problem.reasonKey()),
          PORTUGUESE.getString(problem.reasonKey()),
          problem.name());
    }
  }

  @Test
  void theBulkActionReportHeadingsAreWrittenInBothLanguages() {
    for (String key :
        List.of(
            "bulk.report.caseId",
            "bulk.report.number",
            "bulk.report.subject",
            "bulk.report.reason")) {
      assertTrue(PORTUGUESE.containsKey(key) && ENGLISH.containsKey(key), key);
    }
  }
}
