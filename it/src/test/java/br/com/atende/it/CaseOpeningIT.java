package br.com.atende.it;

import static br.com.atende.it.support.CappedCounts.assertMoved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.queue.application.QueueService;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CaseOpeningIT {

  @Inject ActingAgent acting;

  @Inject CaseService cases;

  @Inject QueueService queues;

  @Inject PartyService parties;

  @Test
  void anOpenedCaseIsNewUnheldNumberedForItsYearAndRecordsItsOpener() throws Exception {
    String subject = unique("Impressora fiscal travada");
    OpenedCase opened =
        acting.as("bruno", () -> cases.open(command(metalurgica(), subject, false)));

    CaseDetails details = acting.as("bruno", () -> cases.details(opened.id()));
    assertEquals(subject, details.subject());
    assertEquals(CaseStatus.NEW, details.status());
    assertEquals(null, details.holderName());
    assertEquals("Bruno Lima", details.openerName());
    assertEquals("Suporte", details.departmentName());
    assertTrue(opened.number().matches(Year.now() + "-\\d{6}"), opened.number());
    assertEquals(opened.number(), details.number());
  }

  @Test
  void takingTheCaseAtOpeningMakesTheOpenerItsHolder() throws Exception {
    OpenedCase opened =
        acting.as(
            "ana", () -> cases.open(command(metalurgica(), unique("Troca de certificado"), true)));

    CaseDetails details = acting.as("ana", () -> cases.details(opened.id()));
    assertEquals(CaseStatus.IN_PROGRESS, details.status());
    assertEquals("Ana Souza", details.holderName());
  }

  @Test
  void consecutiveOpeningsGetConsecutiveNumbers() throws Exception {
    OpenedCase first =
        acting.as("ana", () -> cases.open(command(metalurgica(), unique("Primeiro"), false)));
    OpenedCase second =
        acting.as("ana", () -> cases.open(command(metalurgica(), unique("Segundo"), false)));

    assertEquals(sequenceOf(first.number()) + 1, sequenceOf(second.number()));
  }

  @Test
  void aNewCaseAppearsFirstInTheDepartmentQueueOfAColleague() throws Exception {
    String subject = unique("Relatório de vendas vazio");
    acting.as("ana", () -> cases.open(command(metalurgica(), subject, false)));

    List<CaseSummary> queue =
        acting.as("bruno", () -> queues.departmentQueue(PageRequest.of(0, 5)));
    assertEquals(subject, queue.get(0).subject());
    assertEquals("Metalúrgica Horizonte Ltda", queue.get(0).partyName());
  }

  @Test
  void aCaseWithoutSubjectIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    CappedCount before = acting.as("ana", () -> queues.departmentQueueCount(null));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as("ana", () -> cases.open(command(metalurgica(), "  ", false))));
    assertEquals("subject", refused.field());
    assertEquals("error.required", refused.messageKey());
    assertMoved(before, 0, acting.as("ana", () -> queues.departmentQueueCount(null)));
  }

  @Test
  void aCaseAboveTheAgentsClearanceIsNeitherListedCountedNorLoaded() throws Exception {
    // Ana's clearance is 1; carla (supervisor, clearance 3) opens a case nobody holds, then raises
    // it to 2.
    long confidential =
        acting
            .as("carla", () -> cases.open(command(metalurgica(), unique("Reajuste"), false)))
            .id();
    CappedCount visibleBefore = acting.as("ana", () -> queues.departmentQueueCount(null));
    assertTrue(queueOf("ana").contains(confidential));

    long version = acting.as("carla", () -> cases.details(confidential).version());
    acting.as("carla", () -> cases.changeAccessLevel(confidential, version, 2));

    assertFalse(queueOf("ana").contains(confidential));
    assertMoved(visibleBefore, -1, acting.as("ana", () -> queues.departmentQueueCount(null)));
    assertThrows(
        NotFoundException.class, () -> acting.as("ana", () -> cases.details(confidential)));
    assertEquals(2, acting.as("carla", () -> cases.details(confidential)).accessLevel());
    assertTrue(queueOf("carla").contains(confidential));
  }

  private List<Long> queueOf(String login) throws Exception {
    return acting.as(login, () -> queues.departmentQueue(PageRequest.of(0, 200))).stream()
        .map(CaseSummary::id)
        .toList();
  }

  @Test
  void theContactChannelAndOriginAreRecordedAndAnUnknownChannelIsRefused() throws Exception {
    long party = metalurgica();
    OpenedCase opened =
        acting.as(
            "ana",
            () ->
                cases.open(
                    Openings.command(
                        cases.openingDefaults(),
                        party,
                        null,
                        unique("Chat"),
                        "Pelo chat.",
                        Priority.LOW,
                        null,
                        false,
                        "CHAT",
                        ContactOrigin.REPRESENTATIVE)));
    CaseDetails details = acting.as("ana", () -> cases.details(opened.id()));
    assertEquals("Chat", details.channelName("pt"));
    assertEquals(ContactOrigin.REPRESENTATIVE, details.origin());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () ->
                        cases.open(
                            Openings.command(
                                cases.openingDefaults(),
                                party,
                                null,
                                unique("Pombo"),
                                "Por pombo-correio.",
                                Priority.LOW,
                                null,
                                false,
                                "CARRIER_PIGEON",
                                ContactOrigin.CLIENT))));
    assertEquals("channel", refused.field());
  }

  @Test
  void anAdministratorWithoutAnAgentRoleMayNotOpenCases() {
    assertThrows(
        EJBAccessException.class,
        () -> acting.as("admin", () -> cases.open(command(1L, unique("Teste"), false))));
  }

  private OpenCaseCommand command(long partyId, String subject, boolean assignToMe) {
    return Openings.command(
        cases.openingDefaults(),
        partyId,
        null,
        subject,
        "Descrição do problema relatado pelo cliente.",
        Priority.HIGH,
        LocalDateTime.now().plusDays(2),
        assignToMe,
        "PHONE",
        ContactOrigin.CLIENT);
  }

  private long metalurgica() throws Exception {
    List<PartyOption> found =
        acting.as("ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica"));
    return found.get(0).id();
  }

  private static int sequenceOf(String caseNumber) {
    return Integer.parseInt(caseNumber.substring(caseNumber.indexOf('-') + 1));
  }

  private static String unique(String subject) {
    return subject + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
