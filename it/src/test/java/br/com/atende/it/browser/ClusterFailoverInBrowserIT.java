package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent working through the balancer of a running cluster loses the server it is on, and goes on
 * working on the other without logging in again (issue 18). Not part of the Arquillian suite: it
 * needs the cluster that {@code run-cluster.sh} starts, and {@code bench/faults.sh} runs it
 * (failsafe execution {@code on-cluster}), with the balancer's address in {@code
 * atende.cluster.url} and the servers' directory (their Java processes' pids) in {@code
 * atende.cluster.dir}. It kills a node: the cluster is left with one.
 */
class ClusterFailoverInBrowserIT {

  private final String balancer = System.getProperty("atende.cluster.url");
  private final Path servers = Path.of(System.getProperty("atende.cluster.dir"));

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAgentWhoseServerDiesGoesOnWorkingWithoutLoggingInAgain()
      throws IOException, InterruptedException {
    browser.open(balancer + "cases/queue.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
    // Something kept in the session, beside the login: the agent's language.
    browser.click(By.id("nav:language"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("nav:queue"), "Department queue"));

    // The session cookie's route names the node that holds the session, where the balancer sends
    // the agent: that is the node to kill.
    String session = browser.cookie("JSESSIONID");
    String node = session.substring(session.lastIndexOf('.') + 1);
    assertTrue(node.matches("node[12]"), "the session's route names a node: " + session);
    long pid = Long.parseLong(Files.readString(servers.resolve(node + ".pid")).strip());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    long killedAt = System.nanoTime();
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    server.onExit().join();

    // The next click is a postback of the page the dead node rendered: its view state and the
    // login must come from the replicated session.
    browser.click(By.id("nav:language"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("nav:queue"), "Fila do departamento"));
    long recoveredMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
    assertTrue(browser.currentUrl().contains("/cases/"), browser.currentUrl());
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.getElementById('j_password') === null"),
        "no login form again");
    String survivor = browser.cookie("JSESSIONID");
    assertEquals(
        session.substring(0, session.lastIndexOf('.')),
        survivor.substring(0, survivor.lastIndexOf('.')),
        "the same session");
    assertNotEquals(node, survivor.substring(survivor.lastIndexOf('.') + 1), "on the other node");

    // And the agent goes on: another page, as the same agent.
    browser.click(By.id("nav:search"));
    browser.until(ExpectedConditions.urlContains("/cases/search.xhtml"));
    assertTrue(browser.pageText().contains("ana"), "still logged in as ana");
    System.out.printf(
        "FAULT name=session-failover acknowledged=1 found=1 duplicates=0 lost=0 recovered_s=%.1f%n",
        recoveredMillis / 1000.0);
  }
}
