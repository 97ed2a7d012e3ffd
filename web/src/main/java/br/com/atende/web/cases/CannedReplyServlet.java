package br.com.atende.web.cases;

import br.com.atende.cannedreply.application.CannedReplyChoice;
import br.com.atende.cannedreply.application.CannedReplyService;
import br.com.atende.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The composer's canned replies (seed 004 §4.1), asked for by {@code canned.js} only once the agent
 * opens the picker or types {@code ::}: nothing of them is read while the case page renders. {@code
 * ?q=letters} lists the usable ones whose name has them; {@code ?id=N&case=M} is one filled for the
 * case, as sanitized rich text. Read-only (GET), behind the case pages' login; the service applies
 * the access rule, and whatever it refuses answers the same 404 as what does not exist.
 */
@WebServlet("/cases/canned-replies")
public class CannedReplyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient CannedReplyService cannedReplies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonStructure answer;
    try {
      String id = request.getParameter("id");
      answer =
          id == null
              ? choices(request.getParameter("q"))
              : filled(Long.parseLong(id), Long.parseLong(request.getParameter("case")));
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    try (var writer = Json.createWriter(response.getWriter())) {
      writer.write(answer);
    }
  }

  private JsonStructure choices(String letters) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (CannedReplyChoice choice : cannedReplies.usable(letters)) {
      list.add(
          Json.createObjectBuilder()
              .add("id", choice.id())
              .add("name", choice.name())
              .add("group", choice.groupName() == null ? "" : choice.groupName()));
    }
    return list.build();
  }

  private JsonObject filled(long replyId, long caseId) {
    return Json.createObjectBuilder().add("html", cannedReplies.fill(replyId, caseId)).build();
  }
}
