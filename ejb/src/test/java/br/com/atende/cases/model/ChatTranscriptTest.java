package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTranscriptTest {

  private static final LocalDateTime TEN = LocalDateTime.of(2026, 11, 30, 10, 0, 0);

  @Test
  void keepsEveryMessageWithItsTimeAndParticipantWithTheirTextEscaped() {
    ChatTranscript chat =
        new ChatTranscript(
            List.of(
                new ChatTranscript.Message(TEN, "Maria <b>", true, "Oi <script>x</script>\nlinha"),
                new ChatTranscript.Message(TEN.plusSeconds(90), "Bot", false, "Olá & até")));
    String html = chat.html();
    assertTrue(html.contains("[30/11/2026 10:00:00] Maria &lt;b&gt;:"), html);
    assertTrue(html.contains("Oi &lt;script&gt;x&lt;/script&gt;<br>linha"), html);
    assertTrue(html.contains("[30/11/2026 10:01:30] Bot:"), html);
    assertTrue(html.contains("class=\"chat-client\"") && html.contains("class=\"chat-agent\""));
    assertFalse(html.contains("<script>"));
  }

  @Test
  void theRequestOfACaseItOpensIsTheClientsFirstMessage() {
    ChatTranscript chat =
        new ChatTranscript(
            List.of(
                new ChatTranscript.Message(TEN, "Bot", false, "Em que posso ajudar?"),
                new ChatTranscript.Message(
                    TEN.plusMinutes(1), "Maria", true, "O boleto não abre")));
    assertEquals("O boleto não abre", chat.firstClientText());
  }

  @Test
  void anEmptyTranscriptIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ChatTranscript(List.of()));
  }
}
