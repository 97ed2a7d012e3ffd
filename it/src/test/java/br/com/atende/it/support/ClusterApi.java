package br.com.atende.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * An API client of a running cluster, through its balancer, behaving as a real client does: every
 * POST carries an {@code Idempotency-Key}, and a request that got no answer or a server error is
 * sent again with the same key (a second apart, {@code tries} times), so that a node dying under it
 * neither loses nor doubles what it asked for.
 */
public final class ClusterApi {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String balancer;
  private final String token;
  private final int tries;

  public ClusterApi(String balancer, String token, int tries) {
    this.balancer = balancer;
    this.token = token;
    this.tries = tries;
  }

  /** Opens a case; its id once acknowledged (201, or 200 for a replay), empty when never. */
  public OptionalLong open(String key, long party, String subject, String request)
      throws InterruptedException {
    HttpResponse<Void> answer =
        post(
            key,
            "cases",
            "{\"partyId\": %d, \"subject\": \"%s\", \"request\": \"%s\"}"
                .formatted(party, subject, request));
    if (answer == null) {
      return OptionalLong.empty();
    }
    String location = answer.headers().firstValue("Location").orElseThrow();
    return OptionalLong.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
  }

  /** Appends a contact of the client to the case; whether it was acknowledged. */
  public boolean appendContact(String key, long caseId, long party, String text)
      throws InterruptedException {
    return post(
            key,
            "cases/" + caseId + "/contacts",
            "{\"partyId\": %d, \"channel\": \"PHONE\", \"text\": \"%s\"}".formatted(party, text))
        != null;
  }

  private HttpResponse<Void> post(String key, String path, String body)
      throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(balancer + "api/v1/" + path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    for (int attempt = 0; attempt < tries; attempt++) {
      try {
        HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200 || answer.statusCode() == 201) {
          return answer;
        }
        if (answer.statusCode() < 500) {
          throw new IllegalStateException(answer.statusCode() + " for " + path + ": " + body);
        }
      } catch (IOException e) {
        // No answer (the node died under it): the same request again, with the same key.
      }
      Thread.sleep(1_000);
    }
    return null;
  }
}
