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
 * headless Chromium per test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class AgentAtTheBrowser {

  @ArquillianResource URL atende;

  Browser browser;

  @BeforeEach
  void startBrowser() throws MalformedURLException {
    // With two web modules in the EAR (the pages at /atende, the API at /atende/api) Arquillian
    // may give the server's root rather than one module's context: the pages' context is named
    // here.
    atende = URI.create(atende.toString()).resolve("/atende/").toURL();
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
