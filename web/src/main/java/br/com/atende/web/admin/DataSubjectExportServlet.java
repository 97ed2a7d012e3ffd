package br.com.atende.web.admin;

import br.com.atende.dataprotection.application.DataSubjectService;
import br.com.atende.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a party's archive ({@code /admin/data-subject-export?party=N}, behind the administrators'
 * login): a plain GET, so the browser downloads it as the service streams it, never held in memory.
 * The service checks the role again and logs the export; an unknown party is a 404.
 */
@WebServlet("/admin/data-subject-export")
public class DataSubjectExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient DataSubjectService dataSubjects;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long partyId;
    try {
      partyId = Long.parseLong(request.getParameter("party"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"titular-" + partyId + ".zip\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    try {
      dataSubjects.export(partyId, response.getOutputStream());
    } catch (BusinessException | EJBAccessException e) {
      if (!response.isCommitted()) {
        response.reset();
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    }
  }
}
