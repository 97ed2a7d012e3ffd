package br.com.atende.mail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A link that acts for whoever holds it is never kept or shown usable once its email left. */
class SecretLinksTest {

  private static final String RAW = "Zx3_k-9QpL0vRt7uYw2aBc4dEf6gHi8jKl1mNo5sTq0";

  @Test
  void aLinksTokenIsMaskedAndTheRestOfTheTextKept() {
    String text =
        "Confirme em https://atende.example/public/case-response.xhtml?token=" + RAW + " hoje.";

    assertEquals(
        "Confirme em https://atende.example/public/case-response.xhtml?token=… hoje.",
        SecretLinks.masked(text));
    assertEquals(
        "<a href=\"https://x.example/r?a=1&amp;token=…\">link</a>",
        SecretLinks.masked("<a href=\"https://x.example/r?a=1&amp;token=" + RAW + "\">link</a>"));
    assertEquals("Sem link.", SecretLinks.masked("Sem link."));
    assertNull(SecretLinks.masked(null));
  }

  @Test
  void aSentEmailKeepsNoUsableToken() {
    OutboundEmail email =
        new OutboundEmail(
            "case-notified:1:1",
            1L,
            "paulo@horizonte.example",
            "Solução",
            "Link: https://a.example/p?token=" + RAW,
            "<a href=\"https://a.example/p?token=" + RAW + "\">link</a>",
            LocalDateTime.of(2026, 12, 1, 9, 0));

    email.markSent("<x@example.org>", LocalDateTime.of(2026, 12, 1, 9, 1));

    assertFalse(email.getBodyText().contains(RAW));
    assertFalse(email.getBodyHtml().contains(RAW));
  }
}
