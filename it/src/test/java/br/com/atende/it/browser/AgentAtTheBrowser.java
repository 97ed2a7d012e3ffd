package br.com.atende.it.browser;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the EAR deployed exactly as built, its address, and a fresh
 * headless Chromium per test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class AgentAtTheBrowser {

  @ArquillianResource URL atende;

  Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
