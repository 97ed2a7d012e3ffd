package br.com.atende.restapi;

import br.com.atende.integration.application.ApiAuthentication;
import br.com.atende.integration.application.ApiCaller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Bearer-token authentication of API clients, as a Jakarta Authentication server module registered
 * for this web module only (see {@link BearerTokenRegistration}). The token is resolved to its
 * client's agent, whose login is handed to the container: WildFly loads that identity from Atende's
 * security domain (the same realm as the pages), so every EJB sees the client's agent as the
 * caller, with its role and, through the agent, its clearance. No token, or an unknown or revoked
 * one, on a protected path is 401 with a problem detail.
 */
public class BearerTokenModule implements ServerAuthModule {

  /** The request attribute holding the authenticated client, for the rate limit. */
  static final String CALLER = ApiCaller.class.getName();

  private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

  private static final Jsonb JSON = JsonbBuilder.create();

  private CallbackHandler container;

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.container = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
      throws AuthException {
    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
    HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
    String header = request.getHeader("Authorization");
    Optional<ApiCaller> caller =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? CDI.current()
                .select(ApiAuthentication.class)
                .get()
                .authenticate(header.substring(7).strip())
            : Optional.empty();
    if (caller.isEmpty()) {
      if (!Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))) {
        // An open path (the OpenAPI document): go on as nobody.
        handle(new CallerPrincipalCallback(client, (Principal) null));
        return AuthStatus.SUCCESS;
      }
      return refuse(response);
    }
    request.setAttribute(CALLER, caller.get());
    handle(
        new CallerPrincipalCallback(client, caller.get().login()),
        new GroupPrincipalCallback(client, new String[] {"AGENT"}));
    return AuthStatus.SUCCESS;
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    // Nothing is kept between requests: every request carries its token.
  }

  private void handle(Callback... callbacks) throws AuthException {
    try {
      container.handle(callbacks);
    } catch (IOException | UnsupportedCallbackException e) {
      AuthException failed = new AuthException("the container refused the caller");
      failed.initCause(e);
      throw failed;
    }
  }

  private static AuthStatus refuse(HttpServletResponse response) throws AuthException {
    Problem problem = Problem.of(401, "error.api.token", null);
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"atende\"");
      response.setContentType(Problem.TYPE.toString());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      AuthException failed = new AuthException("could not answer 401");
      failed.initCause(e);
      throw failed;
    }
    return AuthStatus.SEND_FAILURE;
  }
}
