package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseReader;
import br.com.atende.cases.application.CaseReaderService;
import br.com.atende.cases.application.CaseReadingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.audit.CaseReadingFlush;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who read a case (seed 003): every opening of the case page is recorded off the request and
 * written in a batch; supervisors see the openings of a case they may see, newest first, paged;
 * agents are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CaseReadersIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject Openings openings;

  @Inject CaseReadingService reading;

  @Inject CaseReadingFlush flush;

  @Inject CaseReaderService readers;

  @Test
  void everyOpeningOfTheCasePageIsShownToSupervisorsNewestFirstAndAgentsAreRefused()
      throws Exception {
    String company = teams.company();
    long department = teams.department(company);
    String agent = teams.agent(department, "pt-BR", Set.of(), Role.AGENT);
    String supervisor = teams.agent(department, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    String elsewhere =
        teams.agent(teams.department(teams.company()), "pt-BR", Set.of(), Role.SUPERVISOR);
    String subject = "Quem leu " + UUID.randomUUID().toString().substring(0, 8);
    OpenedCase opened =
        openings.open(agent, "Maria", subject, "Pedido: " + subject, Priority.NORMAL, null, true);

    // Few identities: each runAs checks a bcrypt password, the cost of this test.
    acting.as(
        agent,
        () -> {
          reading.opening(opened.id(), 5);
          reading.opening(opened.id(), 5);
          assertThrows(
              EJBAccessException.class, () -> readers.readers(opened.id(), PageRequest.of(0, 20)));
          assertThrows(EJBAccessException.class, () -> readers.countReaders(opened.id()));
          return null;
        });
    acting.as(
        supervisor,
        () -> {
          reading.opening(opened.id(), 5);
          flush.flush();

          List<CaseReader> shown = readers.readers(opened.id(), PageRequest.of(0, 20));
          assertEquals(
              List.of("Agente " + supervisor, "Agente " + agent, "Agente " + agent),
              shown.stream().map(CaseReader::agentName).toList(),
              "newest first");
          for (int i = 1; i < shown.size(); i++) {
            assertFalse(shown.get(i).readAt().isAfter(shown.get(i - 1).readAt()));
          }
          assertEquals(3, readers.countReaders(opened.id()).value());
          assertEquals(
              List.of(shown.get(2)),
              readers.readers(opened.id(), PageRequest.of(2, 2)),
              "paged in the database");
          return null;
        });

    // The page itself: opening it records a reading, and its tab shows those already written.
    String page =
        AgentOverHttp.loggedInAs(supervisor)
            .get("cases/view.xhtml?id=" + opened.id() + "&tab=readers");
    String table = page.substring(page.indexOf("readers_data"));
    table = table.substring(0, table.indexOf("</tbody>"));
    assertTrue(
        table.contains("Agente " + agent) && table.contains("Agente " + supervisor),
        "the tab lists who read the case");
    flush.flush();
    assertEquals(4, acting.as(supervisor, () -> readers.countReaders(opened.id())).value());

    assertThrows(
        NotFoundException.class,
        () -> acting.as(elsewhere, () -> readers.readers(opened.id(), PageRequest.of(0, 20))),
        "a supervisor of another company may not see the case");
  }
}
