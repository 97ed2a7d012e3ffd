package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.RelinkCommand;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working a case after opening it: edits audited field by field, the link permission, the first
 * contact, and the understanding on one or many cases.
 */
@ExtendWith(ArquillianExtension.class)
class CaseEditingIT {

  private static final PageRequest FIRST_PAGE = new PageRequest(0, 50, null, false);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Fixtures fixtures;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject UnderstandingService understandings;

  @Test
  void editingTheRequestIsAuditedWithOldAndNewValuesAndAStaleSaveIsRefused() throws Exception {
    CaseDetails opened = heldBy("ana");

    acting.as(
        "ana", () -> cases.edit(edit(opened, "Pedido corrigido pelo atendente.", Priority.URGENT)));

    List<AuditItem> trail = acting.as("ana", () -> cases.auditTrail(opened.id(), FIRST_PAGE));
    AuditItem request = find(trail, "request");
    assertEquals("Descrição do problema.", request.oldValue());
    assertEquals("Pedido corrigido pelo atendente.", request.newValue());
    assertEquals("Ana Souza", request.changedBy());
    assertEquals("URGENT", find(trail, "priority").newValue());
    assertEquals(2, acting.as("ana", () -> cases.countAuditTrail(opened.id())));

    ConcurrentChangeException stale =
        assertThrows(
            ConcurrentChangeException.class,
            () -> acting.as("ana", () -> cases.edit(edit(opened, "Outra versão.", Priority.LOW))));
    assertNotNull(stale.messageKey());
    assertEquals(
        "Pedido corrigido pelo atendente.",
        acting.as("ana", () -> cases.details(opened.id())).request());
  }

  @Test
  void onlyTheHolderOrASupervisorEditsAndTheAuditOfAHiddenCaseIsNotFound() throws Exception {
    CaseDetails opened = heldBy("carla");
    BusinessException notHolder =
        assertThrows(
            BusinessException.class,
            () -> acting.as("bruno", () -> cases.edit(edit(opened, "Mudado.", Priority.LOW))));
    assertEquals("error.edit.notHolder", notHolder.messageKey());

    long version =
        acting.as("carla", () -> cases.changeAccessLevel(opened.id(), opened.version(), 2));
    assertTrue(
        acting.as("ana", () -> cases.auditTrail(opened.id(), FIRST_PAGE)).isEmpty(),
        "clearance 1 reads nothing of a level-2 case's audit");
    assertEquals(0, acting.as("ana", () -> cases.countAuditTrail(opened.id())));
    AuditItem level = acting.as("carla", () -> cases.auditTrail(opened.id(), FIRST_PAGE)).get(0);
    assertEquals("accessLevel", level.field());
    assertTrue(version > opened.version());
  }

  @Test
  void anotherPartyNeedsTheLinkPermissionAndTheChangeIsAudited() throws Exception {
    String withoutLink = fixtures.agent(1, EnumSet.of(Permission.CONTACT_EDIT), Role.AGENT);
    String linker = fixtures.agent(1, EnumSet.of(Permission.LINK_PARTY_TO_CASE), Role.AGENT);
    long other = fixtures.party(PartyKind.PERSON, "Outra Cliente", null, false);

    CaseDetails refusedCase = heldBy(withoutLink);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    withoutLink,
                    () ->
                        cases.relink(
                            new RelinkCommand(
                                refusedCase.id(),
                                refusedCase.version(),
                                other,
                                null,
                                null,
                                null))));
    assertEquals("error.relink.party", refused.messageKey());

    CaseDetails linked = heldBy(linker);
    acting.as(
        linker,
        () ->
            cases.relink(
                new RelinkCommand(linked.id(), linked.version(), other, null, null, null)));
    CaseDetails after = acting.as(linker, () -> cases.details(linked.id()));
    assertEquals(other, after.partyId());
    AuditItem party =
        find(acting.as(linker, () -> cases.auditTrail(linked.id(), FIRST_PAGE)), "party");
    assertEquals("Maria Oliveira", party.oldValue());
    assertTrue(party.newValue().startsWith("Outra Cliente"));
  }

  @Test
  void theFirstNoteSetsTheFirstContactAndLaterOnesLeaveItWithoutStalingThePage() throws Exception {
    CaseDetails opened = heldBy("ana");
    assertNull(opened.firstContactAt());

    acting.as("ana", () -> note(opened.id(), "Liguei para a cliente."));
    CaseDetails contacted = acting.as("ana", () -> cases.details(opened.id()));
    assertNotNull(contacted.firstContactAt());
    assertEquals(
        opened.version(), contacted.version(), "a note does not change the case's version");

    acting.as("ana", () -> note(opened.id(), "Liguei de novo."));
    assertEquals(
        contacted.firstContactAt(),
        acting.as("ana", () -> cases.details(opened.id())).firstContactAt());
  }

  @Test
  void anUnderstandingGoesToEverySelectedCaseOrToNoneWhenOneIsHidden() throws Exception {
    CaseDetails first = heldBy("ana");
    CaseDetails second = heldBy("ana");
    CaseDetails hidden = heldBy("carla");
    acting.as("carla", () -> cases.changeAccessLevel(hidden.id(), hidden.version(), 2));

    assertThrows(
        NotFoundException.class,
        () ->
            acting.as(
                "ana",
                () ->
                    understandings.add(
                        new AddUnderstandingCommand(
                            List.of(first.id(), second.id(), hidden.id()), "Falha na SEFAZ."))));
    assertEquals(0, acting.as("ana", () -> understandings.countOfCase(first.id())));

    int added =
        acting.as(
            "ana",
            () ->
                understandings.add(
                    new AddUnderstandingCommand(
                        List.of(first.id(), second.id()), "Falha na SEFAZ.")));
    assertEquals(2, added);
    for (CaseDetails each : List.of(first, second)) {
      assertEquals(
          "Falha na SEFAZ.",
          acting.as("ana", () -> understandings.ofCase(each.id(), FIRST_PAGE)).get(0).body());
      assertNotNull(acting.as("ana", () -> cases.details(each.id())).firstContactAt());
    }
  }

  private Void note(long caseId, String text) {
    discussion.addNote(new AddNoteCommand(caseId, text, false, false));
    return null;
  }

  private CaseDetails heldBy(String login) throws Exception {
    long id =
        openings
            .open(
                login,
                "Maria",
                "Edição " + System.nanoTime(),
                "Descrição do problema.",
                Priority.NORMAL,
                null,
                true)
            .id();
    return acting.as(login, () -> cases.details(id));
  }

  private static EditCaseCommand edit(CaseDetails details, String request, Priority priority) {
    return new EditCaseCommand(
        details.id(),
        details.version(),
        details.subject(),
        request,
        priority,
        details.dueDate(),
        details.caseTypeId(),
        details.classificationId(),
        details.categoryId(),
        details.productId(),
        details.moduleId());
  }

  private static AuditItem find(List<AuditItem> trail, String field) {
    return trail.stream().filter(a -> a.field().equals(field)).findFirst().orElseThrow();
  }
}
