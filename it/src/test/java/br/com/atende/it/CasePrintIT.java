package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.printing.CasePrintService;
import br.com.atende.cases.printing.PrintTemplateForm;
import br.com.atende.cases.printing.PrintTemplateService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Printing a case (issue 13, seed 004 §4.3): the print view shows the case's facts, request and
 * discussion, the internal notes only when asked, every value escaped; the same as a PDF; nothing
 * of it for an agent who may not see the case; and a company's template, sanitized, lays it out.
 */
@ExtendWith(ArquillianExtension.class)
class CasePrintIT {

  private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject CasePrintService printing;

  @Inject PrintTemplateService templates;

  @Inject DiscussionService discussion;

  private String agentOfNewDesk(String company) {
    long desk = teams.department(company);
    return teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
  }

  private long caseWithNotes(String agent, String subject) throws Exception {
    long caseId =
        openings
            .open(agent, "Maria Oliveira", subject, "Linha 1\nLinha 2", Priority.HIGH, null, true)
            .id();
    acting.as(
        agent,
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  caseId, "<p>Resposta <b>pública</b> ao cliente</p>", false, false));
          discussion.addNote(
              new AddNoteCommand(caseId, "<p>Nota interna da equipe</p>", true, false));
          return null;
        });
    return caseId;
  }

  @Test
  void thePrintShowsTheCaseEscapedAndItsInternalNotesOnlyWhenAskedFor() throws Exception {
    String agent = agentOfNewDesk(teams.company());
    long caseId = caseWithNotes(agent, "Impressora <script>alert(1)</script> [[printedBy]]");

    String print = acting.as(agent, () -> printing.document(caseId, false, PORTUGUESE));
    assertTrue(print.contains("Impressora &lt;script&gt;alert(1)&lt;/script&gt;"), print);
    assertFalse(print.contains("<script>"), "nothing the client typed runs in the print");
    assertTrue(print.contains("[[printedBy]]"), "a placeholder typed in a value stays text");
    assertTrue(print.contains("Alta"), "the priority in the reader's language");
    assertTrue(print.contains("Linha 1<br />Linha 2"), "the request keeps its lines");
    assertTrue(print.contains("Resposta <b>pública</b> ao cliente"));
    assertFalse(print.contains("Nota interna da equipe"));

    String withInternal = acting.as(agent, () -> printing.document(caseId, true, PORTUGUESE));
    assertTrue(withInternal.contains("Nota interna da equipe"));
    assertTrue(withInternal.contains("print-internal"), "an internal note is marked as such");
  }

  @Test
  void theServletServesTheViewWithAStrictPolicyAndThePdfAndNothingToAnAgentOfAnotherCompany()
      throws Exception {
    String agent = agentOfNewDesk(teams.company());
    String stranger = agentOfNewDesk(teams.company());
    long caseId = caseWithNotes(agent, "Etiqueta borrada");

    AgentOverHttp holder = AgentOverHttp.loggedInAs(agent);
    HttpResponse<byte[]> view = holder.fetch("cases/print?id=" + caseId);
    assertEquals(200, view.statusCode());
    assertTrue(new String(view.body(), StandardCharsets.UTF_8).contains("Etiqueta borrada"));
    assertTrue(
        view.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'none'"));
    HttpResponse<byte[]> pdf = holder.fetch("cases/print?id=" + caseId + "&format=pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

    AgentOverHttp other = AgentOverHttp.loggedInAs(stranger);
    assertEquals(404, other.fetch("cases/print?id=" + caseId).statusCode());
    assertEquals(404, other.fetch("cases/print?id=" + caseId + "&format=pdf").statusCode());
    assertThrows(
        NotFoundException.class,
        () -> acting.as(stranger, () -> printing.document(caseId, true, PORTUGUESE)));
  }

  @Test
  void aCompanysTemplateIsSavedSanitizedByAnAdministratorOnlyAndLaysThePrintOut() throws Exception {
    String company = teams.company();
    String agent = agentOfNewDesk(company);
    long caseId = caseWithNotes(agent, "Troca de toner");
    long companyId = teams.companyId(company);
    PrintTemplateForm written =
        new PrintTemplateForm(
            companyId,
            "<h1 onclick=\"alert(1)\">Ordem [[number]]</h1><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">x</a><p class=\"x\">[[subject]] / [[party]]</p>",
            -1);

    assertThrows(EJBAccessException.class, () -> acting.as(agent, () -> templates.save(written)));
    PrintTemplateForm saved = acting.as("admin", () -> templates.save(written));
    assertFalse(saved.body().contains("onclick"), saved.body());
    assertFalse(saved.body().contains("script"), saved.body());
    assertFalse(saved.body().contains("javascript"), saved.body());

    String print = acting.as(agent, () -> printing.document(caseId, false, PORTUGUESE));
    assertTrue(print.contains("<p class=\"x\">Troca de toner / Maria Oliveira</p>"), print);
    String page = AgentOverHttp.loggedInAs("admin", "admin/print.xhtml").get("admin/print.xhtml");
    assertTrue(page.contains("printForm:printTemplate"), "the template editor");
    assertTrue(page.contains("[[discussion]]"), "the placeholders are listed");
    assertTrue(print.contains("<h1>Ordem "), print);
  }
}
