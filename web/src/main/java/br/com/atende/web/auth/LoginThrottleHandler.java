package br.com.atende.web.auth;

import br.com.atende.account.application.LoginThrottle;
import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.Optional;

/**
 * The login throttle at the form login ({@code j_security_check}): a login of a locked account, or
 * from a locked address, is answered with the login page's "locked" message without asking the
 * realm at all, so that even the right password tells nothing while locked; otherwise the attempt
 * goes on and its outcome is counted by {@link LoginThrottle}.
 */
final class LoginThrottleHandler implements HttpHandler {

  private final HttpHandler next;

  private final String contextPath;

  private volatile LoginThrottle throttle;

  LoginThrottleHandler(HttpHandler next, String contextPath) {
    this.next = next;
    this.contextPath = contextPath;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!Methods.POST.equals(exchange.getRequestMethod())
        || !exchange.getRequestPath().endsWith("/j_security_check")) {
      next.handleRequest(exchange);
      return;
    }
    ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
    String login = servlet.getServletRequest().getParameter("j_username");
    String address = exchange.getSourceAddress().getAddress().getHostAddress();
    Optional<Duration> locked = throttle().lockedFor(login, address);
    if (locked.isPresent()) {
      long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
      exchange.setStatusCode(StatusCodes.SEE_OTHER);
      exchange
          .getResponseHeaders()
          .put(Headers.LOCATION, contextPath + "/login.xhtml?locked=" + minutes);
      exchange.endExchange();
      return;
    }
    next.handleRequest(exchange);
    SecurityContext security = exchange.getSecurityContext();
    if (security != null && security.isAuthenticated()) {
      throttle().forgive(login);
    } else {
      throttle().failed(login, address);
    }
  }

  private LoginThrottle throttle() {
    LoginThrottle known = throttle;
    if (known == null) {
      known = CDI.current().select(LoginThrottle.class).get();
      throttle = known;
    }
    return known;
  }
}
