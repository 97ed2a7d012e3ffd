package br.com.atende.restapi;

import br.com.atende.integration.application.ApiAuthentication;
import br.com.atende.integration.application.ApiCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer-token authentication of API clients, as a Jakarta Security mechanism of this web module
 * only (the pages' module keeps its FORM login untouched). The token is resolved to its client's
 * agent, whose login is handed to the container: WildFly loads that identity from Atende's security
 * domain (the same realm as the pages), so every EJB sees the client's agent as the caller, with
 * its role and, through the agent, its clearance. No token, or an unknown or revoked one, is 401
 * with a problem detail.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  /** The request attribute holding the authenticated client, for the rate limit. */
  static final String CALLER = ApiCaller.class.getName();

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private ApiAuthentication authentication;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    Optional<ApiCaller> caller =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authentication.authenticate(header.substring(7).strip())
            : Optional.empty();
    if (caller.isEmpty()) {
      return context.isProtected() ? refuse(response) : context.doNothing();
    }
    request.setAttribute(CALLER, caller.get());
    return context.notifyContainerAboutLogin(
        new jakarta.security.enterprise.CallerPrincipal(caller.get().login()), Set.of("AGENT"));
  }

  private static AuthenticationStatus refuse(HttpServletResponse response) {
    Problem problem = Problem.of(401, "error.api.token", null);
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"atende\"");
      response.setContentType(Problem.TYPE.toString());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
