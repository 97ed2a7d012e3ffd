package br.com.atende.web.reports;

import br.com.atende.shared.BusinessException;
import br.com.atende.timekeeping.report.ConsumptionReportService;
import br.com.atende.web.shared.ActiveLocale;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a consumption report as a file ({@code /reports/consumption-file?report=N&format=csv|pdf},
 * behind the reports' login): a plain GET, so that the page offers ordinary links. The service
 * decides whether the viewer may read the report; when not, the answer is the same 404 as for a
 * report that does not exist.
 */
@WebServlet("/reports/consumption-file")
public class ConsumptionDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsumptionReportService reports;

  @Inject private transient ActiveLocale locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean pdf = "pdf".equals(request.getParameter("format"));
    byte[] file;
    long reportId;
    try {
      reportId = Long.parseLong(request.getParameter("report"));
      file = pdf ? reports.pdf(reportId, locale.getCurrent()) : reports.csv(reportId);
    } catch (NumberFormatException | BusinessException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
    response.setContentLength(file.length);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"consumo-" + reportId + (pdf ? ".pdf" : ".csv") + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file);
  }
}
