package br.com.atende.cases.model;

import static br.com.atende.cases.model.VoicemailHandOverTest.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC C2: each discussion entry keeps the workflow step the case was in when it was written. */
class DiscussionEntryStepTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  private final Department support = new Department(new Company("ACME", "ACME"), "Suporte");
  private final Agent ana = agent(support, "ana", Set.of(), Role.AGENT);

  @Test
  void anEntryWrittenBeforeAnyStepHasNoneAndOneWrittenLaterHasTheStepOfThatMoment() {
    Case supportCase =
        new Case(
            new CaseNumber(2026, 1),
            ana,
            support,
            new Party(PartyKind.PERSON, "Maria", "52998224725", null, null),
            null,
            "Impressora",
            "Não imprime",
            Priority.NORMAL,
            0,
            NOW,
            null,
            ana);
    DiscussionEntry before = DiscussionEntry.note(supportCase, ana, NOW, "<p>a</p>", false, false);

    supportCase.enterStep(7L, "Análise", null, null, ana, NOW);
    DiscussionEntry during = DiscussionEntry.note(supportCase, ana, NOW, "<p>b</p>", true, false);
    supportCase.enterStep(8L, "Conclusão", null, null, ana, NOW);

    assertNull(before.getWorkflowStepId());
    assertEquals(7L, during.getWorkflowStepId());
  }
}
