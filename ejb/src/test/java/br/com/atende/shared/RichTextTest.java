package br.com.atende.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void formattingAndListsSurvive() {
    String html =
        "<p>Passos:</p><ol><li><strong>Reiniciar</strong></li><li><em>Testar</em></li></ol>";
    assertEquals(html, RichText.sanitize(html));
  }

  @Test
  void scriptsAreDropped() {
    String clean = RichText.sanitize("<p>Olá</p><script>alert('x')</script>");
    assertEquals("<p>Olá</p>", clean);
  }

  @Test
  void eventHandlersAndStylesAreDropped() {
    String clean = RichText.sanitize("<p onclick=\"steal()\" style=\"color:red\">Texto</p>");
    assertEquals("<p>Texto</p>", clean);
  }

  @Test
  void javascriptLinksLoseTheirTargetAndWebLinksGetSafeRels() {
    assertFalse(RichText.sanitize("<a href=\"javascript:steal()\">x</a>").contains("javascript"));
    String link = RichText.sanitize("<a href=\"https://acme.example/faq\">FAQ</a>");
    assertTrue(link.contains("href=\"https://acme.example/faq\""), link);
    assertTrue(link.contains("noopener"), link);
  }

  @Test
  void anEmptyEditorHasNoVisibleText() {
    assertEquals("", RichText.visibleText("<p><br></p>"));
    assertEquals("Olá mundo", RichText.visibleText("<p>Olá</p><p>mundo</p>"));
  }
}
