package br.com.atende.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.Openings;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser-side hardening, read on real responses of the running server: the case page's
 * Content-Security-Policy with a per-response nonce that every inline script carries, no inline
 * event handler left in the markup, no caching of pages, the session cookie's attributes over plain
 * HTTP and over TLS (the server's HTTPS listener), and HSTS only over TLS.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");

  private static final Pattern INLINE_HANDLER =
      Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  @Inject Openings openings;

  @Test
  void theCasePageCarriesAContentSecurityPolicyWhoseNonceEveryInlineScriptHas() throws Exception {
    long id =
        openings.open("ana", "Maria", "Cabeçalhos", "Pedido.", Priority.NORMAL, null, true).id();
    HttpResponse<String> page = Visitor.loggedInAs("ana").get("cases/view.xhtml?id=" + id);

    assertEquals(200, page.statusCode());
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), "a script-src with a nonce: " + policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertFalse(
        policy.contains("unsafe-inline'; script") || policy.contains("unsafe-eval"), policy);
    Matcher scripts = SCRIPT_TAG.matcher(page.body());
    int inline = 0;
    while (scripts.find()) {
      String tag = scripts.group();
      if (!tag.contains(" src=")) {
        inline++;
        assertTrue(
            tag.contains("nonce=\"" + nonce.group(1) + "\""),
            "inline script without nonce: " + tag);
      }
    }
    assertTrue(inline > 0, "PrimeFaces' own scripts are inline and carry the nonce");
    Matcher handler = INLINE_HANDLER.matcher(page.body());
    assertFalse(handler.find(), () -> "inline event handler: " + handler.group());
  }

  @Test
  void pagesAreNeverCachedAndNeverFramed() throws Exception {
    HttpResponse<String> queue = Visitor.loggedInAs("ana").get("cases/queue.xhtml");

    assertEquals("no-store", queue.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("nosniff", queue.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", queue.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(
        queue.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS on HTTP");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteButNotSecureOverPlainHttp() throws Exception {
    HttpResponse<String> login = Visitor.anonymous().get("cases/queue.xhtml");

    String cookie = sessionCookie(login.headers().allValues("Set-Cookie"));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.toLowerCase().contains("secure"), cookie);
  }

  @Test
  void overTlsTheSessionCookieIsSecureAndTheAnswerCarriesHsts() throws Exception {
    HttpResponse<String> login =
        trustingClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "https://localhost:"
                                + Visitor.port(8443)
                                + "/atende/cases/queue.xhtml"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    String cookie = sessionCookie(login.headers().allValues("Set-Cookie"));
    assertTrue(cookie.toLowerCase().contains("; secure"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertTrue(
        login.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
        "HSTS over TLS");
  }

  private static String sessionCookie(List<String> cookies) {
    return cookies.stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
  }

  /** The test server's HTTPS listener has a self-signed certificate generated on first use. */
  private static HttpClient trustingClient() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(30)).build();
  }
}
