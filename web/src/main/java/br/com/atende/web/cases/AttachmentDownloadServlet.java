package br.com.atende.web.cases;

import br.com.atende.cases.application.AttachmentDownload;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends an attachment ({@code /cases/attachment?id=N}, behind the case pages' login): always as a
 * download, never rendered inline, with its recognized type and no sniffing by the browser. The
 * service decides whether the viewer may see it; when not, the answer is the same 404 as for an
 * attachment that does not exist.
 */
@WebServlet("/cases/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AttachmentDownload file;
    try {
      file = attachments.download(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.contentType());
    response.setContentLengthLong(file.sizeBytes());
    response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox");
    response.setHeader("Cache-Control", "private, no-store");
    try (InputStream in = file.open();
        OutputStream out = response.getOutputStream()) {
      in.transferTo(out);
    }
  }

  /**
   * "attachment", with the name twice: plain ASCII for old clients, and UTF-8 (RFC 6266/5987) for
   * the rest, so "relatório.pdf" keeps its accent.
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String utf8 =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
