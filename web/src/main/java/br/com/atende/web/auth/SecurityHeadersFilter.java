package br.com.atende.web.auth;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every answer carries, set before the page is written (a header after the
 * first flushed byte is lost). The Content-Security-Policy with its per-request nonce is
 * PrimeFaces' (web.xml, {@code primefaces.CSP_POLICY}), because only PrimeFaces knows the nonce it
 * gives its scripts; the session cookie's SameSite and Secure are Undertow's ({@code
 * WEB-INF/undertow-handlers.conf}), because the container writes that cookie itself.
 *
 * <p>Pages are never stored by the browser or a proxy: nearly all of them show case data, and
 * "back" after logging out must not show a case from the cache. Only the versioned static resources
 * (CSS, scripts, images) may be cached.
 */
// FORWARD too: the form login answers a protected address by forwarding to the login page; ERROR:
// error pages.
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** One year, subdomains included: only sent over TLS, as browsers ignore it on plain HTTP. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    return request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/");
  }
}
