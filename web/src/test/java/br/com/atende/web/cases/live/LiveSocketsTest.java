package br.com.atende.web.cases.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveSocketsTest {

  private final LiveSockets sockets = new LiveSockets();

  @Test
  void anAgentHearsOfACaseItHasOpenWhileACasePageSocketIsOpen() {
    sockets.looking(7, 100);
    assertEquals(Set.of(), sockets.viewersOf(100), "rendered, its socket not open yet");
    sockets.opened(LiveSockets.CASE_CHANNEL, 7L);
    assertEquals(Set.of(7L), sockets.viewersOf(100));
    assertEquals(Set.of(), sockets.viewersOf(101), "a case it never opened");
    sockets.closed(LiveSockets.CASE_CHANNEL, 7L);
    assertEquals(Set.of(), sockets.viewersOf(100), "every case page closed");
  }

  @Test
  void theNextPageIsRenderedBeforeThePreviousOneClosesItsSocket() {
    sockets.looking(7, 100);
    sockets.opened(LiveSockets.CASE_CHANNEL, 7L);
    sockets.looking(7, 200);
    sockets.closed(LiveSockets.CASE_CHANNEL, 7L);
    sockets.opened(LiveSockets.CASE_CHANNEL, 7L);
    assertEquals(Set.of(7L), sockets.viewersOf(200));
  }

  @Test
  void onlyTheCasesAnAgentOpenedLastAreKept() {
    sockets.opened(LiveSockets.CASE_CHANNEL, 7L);
    for (long caseId = 1; caseId <= LiveSockets.RECENT_CASES + 1; caseId++) {
      sockets.looking(7, caseId);
    }
    assertEquals(Set.of(), sockets.viewersOf(1), "the oldest of 26 is forgotten");
    assertEquals(Set.of(7L), sockets.viewersOf(2));
    sockets.looking(7, 2);
    sockets.looking(7, 100);
    assertEquals(Set.of(7L), sockets.viewersOf(2), "opened again, it is recent again");
  }

  @Test
  void aQueueSocketIsNoCasePage() {
    sockets.looking(7, 100);
    sockets.opened(LiveSockets.QUEUE_CHANNEL, 7L);
    assertEquals(Set.of(), sockets.viewersOf(100));
    assertEquals(Set.of(7L), sockets.queueViewers());
  }

  @Test
  void twoPagesOfTheAgentKeepItListeningUntilBothClose() {
    sockets.looking(7, 100);
    sockets.opened(LiveSockets.CASE_CHANNEL, 7L);
    sockets.opened(LiveSockets.CASE_CHANNEL, 7L);
    sockets.closed(LiveSockets.CASE_CHANNEL, 7L);
    assertEquals(Set.of(7L), sockets.viewersOf(100));
  }
}
