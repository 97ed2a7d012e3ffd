package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.SamePartyDraft;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client timeline of a case and "new case for the same party", both access-filtered. */
@ExtendWith(ArquillianExtension.class)
class ClientTimelineIT {

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject PartyService parties;

  @Test
  void theTimelineListsThePartysCasesNewestFirstWithoutThoseAboveTheViewersClearance()
      throws Exception {
    long first = open("ana", "Primeiro pedido");
    long second = open("ana", "Segundo pedido");
    long confidential = open("carla", "Pedido confidencial");
    long visibleBefore = acting.as("ana", () -> cases.countClientTimeline(first));
    long version = acting.as("carla", () -> cases.details(confidential).version());
    acting.as("carla", () -> cases.changeAccessLevel(confidential, version, 2));

    List<Long> timeline = timelineOf("ana", first);
    assertEquals(List.of(second, first), timeline.subList(0, 2));
    assertFalse(timeline.contains(confidential));
    assertEquals(visibleBefore - 1, acting.as("ana", () -> cases.countClientTimeline(first)));
    assertTrue(timelineOf("carla", first).contains(confidential));
  }

  @Test
  void theTimelineOfACaseTheViewerMayNotSeeIsEmpty() throws Exception {
    long confidential = open("carla", "Outro pedido confidencial");
    long version = acting.as("carla", () -> cases.details(confidential).version());
    acting.as("carla", () -> cases.changeAccessLevel(confidential, version, 2));

    assertEquals(List.of(), timelineOf("ana", confidential));
    assertEquals(0L, acting.as("ana", () -> cases.countClientTimeline(confidential)));
  }

  @Test
  void aNewCaseForTheSamePartyCopiesPartyAndContact() throws Exception {
    long metalurgica =
        acting.as(
            "ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica").get(0).id());
    ContactOption paulo = acting.as("ana", () -> parties.contactsOf(metalurgica)).get(0);
    long source =
        acting
            .as(
                "ana",
                () ->
                    cases.open(
                        Openings.command(
                            cases.openingDefaults(),
                            metalurgica,
                            paulo.id(),
                            "Pedido com contato",
                            "Texto.",
                            Priority.LOW,
                            null,
                            false,
                            "PHONE",
                            ContactOrigin.CLIENT)))
            .id();

    SamePartyDraft draft = acting.as("bruno", () -> cases.draftForSameParty(source));
    assertEquals(metalurgica, draft.party().id());
    assertEquals("Metalúrgica Horizonte Ltda", draft.party().name());
    assertEquals(paulo.id(), draft.contactId());
    assertNull(
        acting.as("ana", () -> cases.draftForSameParty(open("ana", "Sem contato"))).contactId());
  }

  @Test
  void noDraftComesFromACaseTheViewerMayNotSee() throws Exception {
    long confidential = open("carla", "Mais um pedido confidencial");
    long version = acting.as("carla", () -> cases.details(confidential).version());
    acting.as("carla", () -> cases.changeAccessLevel(confidential, version, 2));

    assertThrows(
        NotFoundException.class,
        () -> acting.as("ana", () -> cases.draftForSameParty(confidential)));
  }

  private List<Long> timelineOf(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.clientTimeline(caseId, PageRequest.of(0, 200))).stream()
        .map(CaseSummary::id)
        .toList();
  }

  private long open(String login, String subject) throws Exception {
    return openings
        .open(login, "Maria", subject, "Texto do pedido.", Priority.NORMAL, null, false)
        .id();
  }
}
