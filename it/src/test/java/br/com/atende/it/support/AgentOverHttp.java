package br.com.atende.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A demo agent's browser without the browser, for in-container tests: logs in through the form
 * login, as a person would, and requests pages of this server over loopback; {@link #record}
 * returns the SQL statements one page request issued (see {@link StatementRecordingFilter}).
 */
public class AgentOverHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI atende;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(TIMEOUT)
          .build();

  private AgentOverHttp(URI atende) {
    this.atende = atende;
  }

  /** Logged in as this demo agent on the server the test runs in. */
  public static AgentOverHttp loggedInAs(String login) throws IOException, InterruptedException {
    return loggedInAs(login, "cases/queue.xhtml");
  }

  /** Logged in through this page (an administrator, who is no agent, has no queue). */
  public static AgentOverHttp loggedInAs(String login, String landing)
      throws IOException, InterruptedException {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    AgentOverHttp agent = new AgentOverHttp(URI.create("http://127.0.0.1:" + port + "/atende/"));
    agent.login(login, landing);
    return agent;
  }

  private void login(String login, String landing) throws IOException, InterruptedException {
    // The form login remembers the page asked for and returns to it once the password is right.
    get(landing);
    String form = "j_username=" + login + "&j_password=" + ActingAgent.DEMO_PASSWORD;
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(atende.resolve("j_security_check"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200 || !answer.uri().getPath().endsWith("/" + landing)) {
      throw new IllegalStateException(
          login + " could not log in: " + answer.statusCode() + " at " + answer.uri());
    }
  }

  /** The page at this path (relative to the application), which must answer 200. */
  public String get(String path) throws IOException, InterruptedException {
    return send(path, null).body();
  }

  /** The answer to a GET of this path, whatever its status: for downloads and refusals. */
  public HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(atende.resolve(path)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The statements issued while serving this page; the page must answer 200. */
  public RecordedPage record(String path) throws IOException, InterruptedException {
    String token = UUID.randomUUID().toString();
    HttpResponse<String> page = send(path, token);
    return new RecordedPage(page.body(), StatementRecordingFilter.statementsOf(token, TIMEOUT));
  }

  private HttpResponse<String> send(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(atende.resolve(path)).timeout(TIMEOUT);
    if (token != null) {
      request.header(StatementRecordingFilter.HEADER, token);
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return answer;
  }

  /**
   * Posts a form (already url-encoded) to the page, as a PrimeFaces ajax request does, and returns
   * the partial response with the statements it issued; must answer 200.
   */
  public RecordedPage postAjax(String path, String form) throws IOException, InterruptedException {
    String token = UUID.randomUUID().toString();
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(atende.resolve(path))
                .timeout(TIMEOUT)
                .header(StatementRecordingFilter.HEADER, token)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return new RecordedPage(answer.body(), StatementRecordingFilter.statementsOf(token, TIMEOUT));
  }

  /** A page as served, and the SQL its request issued, in order. */
  public record RecordedPage(String html, List<String> statements) {}
}
