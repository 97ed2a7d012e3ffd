package br.com.atende.web.admin;

import br.com.atende.importing.PartyImportService;
import br.com.atende.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the report of an import's refused rows as CSV ({@code /admin/import-report?import=N},
 * behind the administrators' login): a plain GET, so that the page offers an ordinary link. An
 * import that does not exist, or a caller who is no administrator, gets the same 404.
 */
@WebServlet("/admin/import-report")
public class ImportReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient PartyImportService imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] file;
    long importId;
    try {
      importId = Long.parseLong(request.getParameter("import"));
      file = imports.report(importId);
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
