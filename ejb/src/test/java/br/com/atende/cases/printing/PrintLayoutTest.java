package br.com.atende.cases.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** A case laid out in a print template, and the template an administrator saves. */
class PrintLayoutTest {

  @Test
  void eachPlaceholderTakesItsValueOnceAndAnUnknownOnePrintsNothing() {
    String document =
        PrintLayout.document(
            "T",
            "<p>[[number]] [[subject]] [[nothing]]</p>",
            Map.of("number", "2026-000001", "subject", "[[number]]"));
    assertTrue(document.contains("<p>2026-000001 [[number]] </p>"), document);
  }

  @Test
  void theDefaultTemplateNamesOnlyKnownPlaceholdersAndSurvivesItsOwnSanitizing() {
    for (String name : PrintLayout.PLACEHOLDERS) {
      assertTrue(PrintLayout.DEFAULT_TEMPLATE.contains("[[" + name + "]]"), name);
    }
    assertEquals(
        PrintLayout.DEFAULT_TEMPLATE.replace("<br />", ""),
        PrintLayout.sanitizedTemplate(PrintLayout.DEFAULT_TEMPLATE).replace("<br />", ""));
  }

  @Test
  void aSavedTemplateKeepsItsFormattingAndLosesScriptsHandlersAndLinks() {
    String clean =
        PrintLayout.sanitizedTemplate(
            "<h2 style=\"color:red\" onmouseover=\"x()\">[[subject]]</h2>"
                + "<svg onload=\"x()\"></svg><iframe src=\"//evil\"></iframe>"
                + "<a href=\"javascript:x()\">a</a><img src=\"x\" onerror=\"x()\"/>"
                + "<table><tr><td colspan=\"2\">[[party]]</td></tr></table>");
    assertTrue(clean.contains("<h2 style=\"color:red\">[[subject]]</h2>"), clean);
    assertTrue(clean.contains("<td colspan=\"2\">[[party]]</td>"), clean);
    for (String gone :
        new String[] {"onmouseover", "svg", "iframe", "javascript", "img", "onerror"}) {
      assertFalse(clean.contains(gone), gone + " in " + clean);
    }
  }

  @Test
  void anEmptyTemplateIsRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> PrintLayout.sanitizedTemplate("<script>x</script>"));
    assertEquals("template", refused.field());
  }

  @Test
  void theDocumentIsWellFormedXmlForThePdfRenderer() throws Exception {
    String document =
        PrintLayout.document(
            "2026-000001 · Impressão",
            PrintLayout.sanitizedTemplate(PrintLayout.DEFAULT_TEMPLATE),
            Map.of("subject", "Ação &amp; reação", "request", "a<br />b"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }
}
