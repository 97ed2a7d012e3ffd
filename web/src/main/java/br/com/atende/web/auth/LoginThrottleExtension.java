package br.com.atende.web.auth;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link LoginThrottleHandler} in front of the server's form login. The form login is handled
 * by the server's security layer before any servlet filter, so the throttle must sit in Undertow's
 * handler chain (an outer handler: after the servlet request exists, before authentication).
 * Registered in META-INF/services.
 */
public class LoginThrottleExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addOuterHandlerChainWrapper(
        next -> new LoginThrottleHandler(next, context.getContextPath()));
  }
}
