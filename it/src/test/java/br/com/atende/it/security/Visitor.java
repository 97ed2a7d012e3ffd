package br.com.atende.it.security;

import br.com.atende.it.support.ActingAgent;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Someone requesting Atende's pages over loopback, logged in as a demo login or not at all, who
 * takes whatever the server answers (any status): what an attacker sees, not what a test expects.
 */
class Visitor {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  final URI atende;

  private final HttpClient http;

  private Visitor(URI atende, HttpClient http) {
    this.atende = atende;
    this.http = http;
  }

  static int port(int base) {
    return base + Integer.getInteger("jboss.socket.binding.port-offset", 0);
  }

  /** Not logged in, on the plain HTTP listener. */
  static Visitor anonymous() {
    return new Visitor(
        URI.create("http://127.0.0.1:" + port(8080) + "/atende/"),
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build());
  }

  /** Logged in through the form login as this demo login. */
  static Visitor loggedInAs(String login) throws IOException, InterruptedException {
    Visitor visitor = anonymous();
    visitor.get("index.xhtml");
    HttpResponse<String> answer =
        visitor.post(
            "j_security_check", "j_username=" + login + "&j_password=" + ActingAgent.DEMO_PASSWORD);
    if (answer.statusCode() != 200 || answer.body().contains("j_security_check")) {
      throw new IllegalStateException(login + " could not log in: " + answer.statusCode());
    }
    return visitor;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(atende.resolve(path)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A url-encoded form post, as a full (non-ajax) submit. */
  HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(atende.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A url-encoded form post as PrimeFaces' ajax sends it. */
  HttpResponse<String> postAjax(String path, String form) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(atende.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
