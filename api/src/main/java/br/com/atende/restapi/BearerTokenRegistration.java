package br.com.atende.restapi;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Registers {@link BearerTokenModule} with the server's Jakarta Authentication factory for this web
 * module's context only, when the module starts, and removes it when it stops. Registered for one
 * context, it leaves the pages' module (and its FORM login) alone; a Jakarta Security {@code
 * HttpAuthenticationMechanism} bean would not: Soteria's one CDI extension per deployment sees it
 * for the whole EAR and installs its bridge in every web module of it.
 */
@WebListener
public class BearerTokenRegistration implements ServletContextListener {

  private static final String LAYER = "HttpServlet";

  private String registration;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext web = event.getServletContext();
    String appContext = web.getVirtualServerName() + " " + web.getContextPath();
    registration =
        AuthConfigFactory.getFactory()
            .registerConfigProvider(
                new Provider(), LAYER, appContext, "Atende intake API: bearer tokens");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (registration != null) {
      AuthConfigFactory.getFactory().removeRegistration(registration);
    }
  }

  /** Hands out the bearer module for this module's requests. */
  private static final class Provider implements AuthConfigProvider {

    @Override
    public ClientAuthConfig getClientAuthConfig(
        String layer, String appContext, CallbackHandler handler) {
      return null;
    }

    @Override
    public ServerAuthConfig getServerAuthConfig(
        String layer, String appContext, CallbackHandler handler) {
      return new Config(layer, appContext, handler);
    }

    @Override
    public void refresh() {}
  }

  private record Config(String layer, String appContext, CallbackHandler handler)
      implements ServerAuthConfig {

    @Override
    public ServerAuthContext getAuthContext(
        String authContextId, Subject service, @SuppressWarnings("rawtypes") Map properties)
        throws AuthException {
      BearerTokenModule module = new BearerTokenModule();
      module.initialize(null, null, handler, Map.of());
      return new Context(module);
    }

    @Override
    public String getMessageLayer() {
      return layer;
    }

    @Override
    public String getAppContext() {
      return appContext;
    }

    @Override
    public String getAuthContextID(MessageInfo message) {
      return appContext;
    }

    @Override
    public void refresh() {}

    @Override
    public boolean isProtected() {
      return false;
    }
  }

  private record Context(BearerTokenModule module) implements ServerAuthContext {

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
        throws AuthException {
      return module.validateRequest(message, client, service);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
      return module.secureResponse(message, service);
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
      module.cleanSubject(message, subject);
    }
  }
}
