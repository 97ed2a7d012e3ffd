package br.com.atende.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * At the first page after a login, the session takes the agent's language ({@link ActiveLocale}).
 * The form login has no callback of ours, so the first page request of the login decides; later
 * requests compare one string. Pages only: the REST API's clients read JSON, not a language.
 */
@WebFilter(
    urlPatterns = "*.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST})
public class AgentLanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient ActiveLocale locale;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    if (user != null
        && (request.isUserInRole("AGENT")
            || request.isUserInRole("SUPERVISOR")
            || request.isUserInRole("ADMIN"))) {
      locale.adoptLanguageOf(user.getName());
    }
    chain.doFilter(request, response);
  }
}
