package br.com.atende.web.admin;

import br.com.atende.importing.PartyImportService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.ActiveLocale;
import br.com.atende.web.shared.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Sends the report of an import's refused rows as CSV ({@code /admin/import-report?import=N},
 * behind the administrators' login): a plain GET, so that the page offers an ordinary link. An
 * import that does not exist, or a caller who is no administrator, gets the same 404. Headings and
 * reasons in the administrator's language.
 */
@WebServlet("/admin/import-report")
public class ImportReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient PartyImportService imports;

  @Inject private transient ActiveLocale locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] file;
    long importId;
    try {
      importId = Long.parseLong(request.getParameter("import"));
      Locale reader = locale.getCurrent();
      file = imports.report(importId, key -> Feedback.label(reader, key));
    } catch (NumberFormatException | BusinessException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setContentLength(file.length);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"importacao-" + importId + "-recusas.csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file);
  }
}
