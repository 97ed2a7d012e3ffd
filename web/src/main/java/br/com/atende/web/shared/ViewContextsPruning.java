package br.com.atende.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Drops, after each page request, what Mojarra keeps of the {@code @ViewScoped} beans of views it
 * has already let go. Mojarra (4.0.13, WildFly 39) keeps a session's last 25 view maps and destroys
 * the beans of an older one when a new view comes; but the map beside them that says which bean of
 * which view is which ({@code activeViewContexts}, one entry per view ever opened) loses nothing
 * until the session ends. An agent's session lives all day, and every page opened added an entry
 * with one object per view-scoped bean of the page: after bench/load.sh's runs the server held
 * 154,000 of them for 10 sessions (a class histogram), where 25 views per session need under 2,000.
 *
 * <p>An entry is dropped only while the session's view maps are locked, and only when its view is
 * no longer among them: Mojarra adds a view map under that lock before it adds the view's entry, so
 * a view opening at the same moment in another tab keeps its beans.
 */
@WebFilter(
    urlPatterns = "*.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST})
public class ViewContextsPruning extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Mojarra's session attributes (com.sun.faces.application.view.ViewScope[Context]Manager). */
  static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

  static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      HttpSession session = request.getSession(false);
      if (session != null) {
        try {
          prune(session.getAttribute(ACTIVE_VIEW_MAPS), session.getAttribute(ACTIVE_VIEW_CONTEXTS));
        } catch (IllegalStateException invalidated) {
          // The request logged out: the session's maps went with it.
        }
      }
    }
  }

  /**
   * Removes the contexts of views whose map is gone. Both arguments are what the session holds
   * (either may be absent); anything else than maps is left alone.
   */
  static void prune(Object viewMaps, Object viewContexts) {
    if (!(viewMaps instanceof Map<?, ?> maps) || !(viewContexts instanceof Map<?, ?> contexts)) {
      return;
    }
    if (contexts.size() <= maps.size()) {
      return;
    }
    // Mojarra's view maps are a Collections.synchronizedMap: its own lock, which Mojarra holds
    // while
    // it adds a view map.
    synchronized (maps) {
      contexts.keySet().removeIf(viewMapId -> !maps.containsKey(viewMapId));
    }
  }
}
