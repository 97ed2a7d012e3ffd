package br.com.atende.web.cases;

import br.com.atende.cases.printing.CasePrintService;
import br.com.atende.shared.NotFoundException;
import br.com.atende.web.shared.ActiveLocale;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The printed case ({@code /cases/print?id=N}, behind the case pages' login; seed 004 §4.3): the
 * printable view in the reader's language, with the internal entries when {@code internal=true},
 * and the same document as a PDF download with {@code format=pdf}. The service applies the access
 * rule; a case the reader may not see is the same 404 as one that does not exist. The view runs no
 * script and loads nothing: its policy allows only its own styles.
 */
@WebServlet("/cases/print")
public class CasePrintServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient CasePrintService printing;

  @Inject private transient ActiveLocale locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean internal = "true".equals(request.getParameter("internal"));
    boolean pdf = "pdf".equals(request.getParameter("format"));
    long caseId;
    try {
      caseId = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body;
    try {
      body =
          pdf
              ? printing.pdf(caseId, internal, locale.getCurrent())
              : printing
                  .document(caseId, internal, locale.getCurrent())
                  .getBytes(StandardCharsets.UTF_8);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    if (pdf) {
      response.setContentType("application/pdf");
      response.setHeader(
          "Content-Disposition",
          AttachmentDownloadServlet.contentDisposition("atendimento-" + caseId + ".pdf"));
    } else {
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
