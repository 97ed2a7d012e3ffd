package br.com.atende.cases.bell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.com.atende.shared.RichText;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which logins a note mentions: {@code @login} as typed, never an email address. */
class MentionsTest {

  @Test
  void aNoteMentionsTheLoginsWrittenAfterAnAtSignAsTypedInTheEditor() {
    String stored = RichText.sanitize("<p>@ana, veja. Fale com <b>@Carla.</b></p>");

    assertEquals(
        List.of("ana", "carla"), List.copyOf(Bell.mentionedLogins(RichText.plainText(stored))));
  }

  @Test
  void anEmailAddressMentionsNobody() {
    assertEquals(
        List.of(), List.copyOf(Bell.mentionedLogins("escreva para bruno@acme.example hoje")));
  }

  @Test
  void aNoteMentionsAFewAgentsAtMostAndEachOnce() {
    String many =
        String.join(" ", IntStream.range(0, 30).mapToObj(i -> "@agente" + i).toList())
            + " @agente0";

    assertEquals(Bell.MENTIONS_PER_NOTE, Bell.mentionedLogins(many).size());
  }
}
