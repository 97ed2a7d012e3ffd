package br.com.atende.it.support;

import br.com.atende.shared.sql.StatementRecorder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the SQL of one HTTP request, in test deployments only: a request that carries {@link
 * #HEADER} is served inside a {@link StatementRecorder} recording of its own thread, and what it
 * issued is kept under the header's value for the test to take. Bound to the request's thread, so
 * the outbox and overdue timers, and any other request, never count. (An asynchronous request would
 * be recorded only up to the point it leaves its thread; the pages measured are synchronous.) Added
 * with the support package to every in-container test deployment; without the header it only passes
 * the request on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StatementRecordingFilter extends HttpFilter {

  public static final String HEADER = "X-Atende-Record-Statements";

  private static final Map<String, List<String>> RECORDED = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String token = request.getHeader(HEADER);
    if (token == null) {
      chain.doFilter(request, response);
      return;
    }
    StatementRecorder.Recording recording = StatementRecorder.onThisThread();
    try {
      chain.doFilter(request, response);
    } finally {
      recording.close();
      RECORDED.put(token, recording.statements());
    }
  }

  /**
   * The statements of the request sent with this token. The client may have read the whole response
   * a moment before the filter stores them, hence the wait.
   */
  public static List<String> statementsOf(String token, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> statements = RECORDED.remove(token);
      if (statements != null) {
        return statements;
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("no request was recorded under " + token);
  }
}
