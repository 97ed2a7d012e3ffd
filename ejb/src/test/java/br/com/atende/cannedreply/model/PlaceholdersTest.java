package br.com.atende.cannedreply.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  private static final Placeholders.Values CASE =
      new Placeholders.Values(
          "Metalúrgica <b>Horizonte</b>", null, "2026-000123", "Boleto & nota", "Ana Lima");

  @Test
  void portugueseAndEnglishNamesAreFilledAndEachLineBecomesAParagraph() {
    assertEquals(
        "<p>Olá, Metalúrgica &lt;b&gt;Horizonte&lt;/b&gt;.</p><p><br /></p>"
            + "<p>Caso 2026-000123 (Boleto &amp; nota), Ana Lima</p>",
        Placeholders.fill("Olá, {cliente}.\n\nCaso {case} ({assunto}), {agent}", CASE));
  }

  @Test
  void aMissingContactIsLeftEmptyAndUnknownBracesStayAsWritten() {
    assertEquals(
        "<p>Contato: , {telefone}</p>", Placeholders.fill("Contato: {contato}, {telefone}", CASE));
  }

  @Test
  void markupTypedInTheReplyItselfStaysText() {
    assertEquals(
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; {caso}</p>".replace("{caso}", "2026-000123"),
        Placeholders.fill("<script>alert(1)</script> {caso}", CASE));
  }
}
