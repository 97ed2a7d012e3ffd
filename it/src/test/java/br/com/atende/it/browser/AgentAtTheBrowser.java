package br.com.atende.it.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the EAR deployed exactly as built, its address, and a fresh
 * headless Chromium per test (and a second one for the tests of two agents at once).
 */
@ExtendWith(ArquillianExtension.class)
abstract class AgentAtTheBrowser {

  /**
   * What Arquillian gives: the server's root when the EAR has two web modules (the pages at
   * /atende, the API at /atende/api). Injected again before every {@code @BeforeEach} method, so
   * the pages' address is kept apart in {@link #atende}.
   */
  @ArquillianResource URL server;

  /** The pages' address, {@code …/atende/}. */
  URL atende;

  Browser browser;

  /** Another agent's browser at the same moment: opened on first use, closed with the test. */
  private Browser second;

  @BeforeEach
  void startBrowser() throws MalformedURLException {
    atende = URI.create(server.toString()).resolve("/atende/").toURL();
    browser = new Browser();
  }

  /** A second browser, another session beside {@link #browser}'s (a colleague, a supervisor). */
  Browser secondBrowser() {
    if (second == null) {
      second = new Browser();
    }
    return second;
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    if (second != null) {
      second.close();
      second = null;
    }
  }
}
