package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AppendCommand;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EscalateCommand;
import br.com.atende.cases.application.GenerateCaseCommand;
import br.com.atende.cases.application.GeneratedPart;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases that come from or point to other cases: escalations into internal child cases that hold the
 * parent open, related cases both ways, a case generated from another, and a client's new contact
 * appended to its open case.
 */
@ExtendWith(ArquillianExtension.class)
class CaseLinksIT {

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject CaseLinkService links;

  @Inject DiscussionService discussion;

  @Test
  void anEscalationIsAnInternalNewCaseOfTheOtherDepartmentAndHoldsItsParentOpenUntilConcluded()
      throws Exception {
    CaseDetails parent = heldBy("ana", "Maria");
    Choice billing = department("ana", parent.id(), "Financeiro");

    OpenedCase child =
        acting.as(
            "ana",
            () ->
                links.escalate(
                    new EscalateCommand(
                        parent.id(),
                        billing.id(),
                        "Estornar cobrança em duplicidade",
                        "A cliente pagou duas vezes o boleto de outubro.",
                        Priority.HIGH)));

    CaseDetails escalated = acting.as("diego", () -> cases.details(child.id()));
    assertEquals(CaseStatus.NEW, escalated.status());
    assertEquals("Financeiro", escalated.departmentName());
    assertEquals("Maria Oliveira", escalated.partyName());
    assertNull(escalated.contactName(), "an internal case has no client contact to email");
    assertEquals(ContactOrigin.INTERNAL, escalated.origin());
    assertEquals(parent.id(), acting.as("diego", () -> links.parentOf(child.id())).get().id());
    List<CaseSummary> children = acting.as("ana", () -> links.escalations(parent.id(), FIRST_PAGE));
    assertEquals(List.of(child.id()), children.stream().map(CaseSummary::id).toList());
    assertEquals(1, acting.as("ana", () -> links.countEscalations(parent.id())));
    assertTrue(
        kinds("ana", parent.id()).contains(DiscussionKind.ESCALATION),
        "the parent's discussion records the escalation");

    BusinessException stillOpen =
        assertThrows(
            BusinessException.class,
            () -> move("ana", parent.id(), CaseStatus.NOTIFIED),
            "a parent is not concluded while an escalation is open");
    assertEquals("error.escalation.openChildren", stillOpen.messageKey());

    move("diego", child.id(), CaseStatus.IN_PROGRESS);
    move("diego", child.id(), CaseStatus.NOTIFIED);
    move("ana", parent.id(), CaseStatus.NOTIFIED);
    assertEquals(CaseStatus.NOTIFIED, acting.as("ana", () -> cases.details(parent.id())).status());
  }

  @Test
  void escalatingNeedsTheHolderAndAnotherDepartmentOfTheCasesCompany() throws Exception {
    CaseDetails parent = heldBy("ana", "Maria");
    Choice billing = department("ana", parent.id(), "Financeiro");

    BusinessException notHolder =
        assertThrows(
            BusinessException.class,
            () -> acting.as("bruno", () -> links.escalate(escalation(parent.id(), billing.id()))));
    assertEquals("error.escalation.notHolder", notHolder.messageKey());

    long ownDepartment = acting.as("ana", () -> cases.openingDefaults()).departmentId();
    BusinessException sameDepartment =
        assertThrows(
            BusinessException.class,
            () -> acting.as("ana", () -> links.escalate(escalation(parent.id(), ownDepartment))));
    assertEquals("error.escalation.sameDepartment", sameDepartment.messageKey());
    assertEquals("departmentId", sameDepartment.field());
    assertTrue(
        acting.as("ana", () -> links.escalationDepartments(parent.id())).stream()
            .noneMatch(choice -> choice.id() == ownDepartment),
        "the form offers only the other departments");
  }

  @Test
  void relatedCasesListEachOtherAndAHiddenCaseCannotBeRelatedNorListed() throws Exception {
    CaseDetails one = heldBy("ana", "Maria");
    CaseDetails other = heldBy("ana", "Metal");

    acting.as(
        "ana",
        () -> {
          links.relate(one.id(), other.number());
          links.relate(one.id(), other.number()); // twice changes nothing
          return null;
        });

    assertEquals(List.of(other.id()), relatedIds("ana", one.id()));
    assertEquals(List.of(one.id()), relatedIds("ana", other.id()));
    assertEquals(1, acting.as("ana", () -> links.countRelated(other.id())));
    assertTrue(kinds("ana", other.id()).contains(DiscussionKind.RELATION));

    CaseDetails secret = heldBy("carla", "Maria");
    acting.as("carla", () -> cases.changeAccessLevel(secret.id(), secret.version(), 2));
    BusinessException hidden =
        assertThrows(
            BusinessException.class,
            () -> acting.as("ana", () -> doRelate(one.id(), secret.number())));
    assertEquals("error.relation.unknownCase", hidden.messageKey());
    assertEquals("otherNumber", hidden.field());
    acting.as("carla", () -> doRelate(secret.id(), one.number()));
    assertEquals(
        List.of(other.id()),
        relatedIds("ana", one.id()),
        "clearance 1 does not see the level-2 case among the related ones");

    acting.as(
        "ana",
        () -> {
          links.unrelate(one.id(), other.id());
          return null;
        });
    assertTrue(relatedIds("ana", other.id()).isEmpty());
  }

  @Test
  void aGeneratedCaseCopiesOnlyTheChosenPartsAndIsRelatedToItsSource() throws Exception {
    CaseDetails source = heldBy("ana", "Maria");

    OpenedCase generated =
        acting.as(
            "ana",
            () ->
                links.generateFrom(
                    new GenerateCaseCommand(
                        source.id(),
                        "Segunda via do carnê",
                        "A cliente também pediu a segunda via do carnê.",
                        Set.of(GeneratedPart.CATALOG))));

    CaseDetails copy = acting.as("ana", () -> cases.details(generated.id()));
    assertEquals("Segunda via do carnê", copy.subject());
    assertEquals("A cliente também pediu a segunda via do carnê.", copy.request());
    assertEquals(source.partyName(), copy.partyName());
    assertEquals(source.caseTypeId(), copy.caseTypeId());
    assertEquals(CaseStatus.NEW, copy.status());
    assertEquals(List.of(source.id()), relatedIds("ana", generated.id()));

    OpenedCase withRequest =
        acting.as(
            "ana",
            () ->
                links.generateFrom(
                    new GenerateCaseCommand(
                        source.id(), "Mesmo pedido", null, EnumSet.of(GeneratedPart.REQUEST))));
    assertEquals(
        source.request(), acting.as("ana", () -> cases.details(withRequest.id())).request());

    BusinessException noRequest =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    "ana",
                    () ->
                        links.generateFrom(
                            new GenerateCaseCommand(source.id(), "Sem pedido", " ", Set.of()))));
    assertEquals("request", noRequest.field());
  }

  @Test
  void aNewContactIsAppendedToAnOpenCaseOfTheSamePartyOnly() throws Exception {
    CaseDetails open = heldBy("ana", "Maria");
    long maria = openings.partyId("ana", "Maria");
    long metal = openings.partyId("ana", "Metal");
    assertTrue(
        acting.as("ana", () -> links.openCasesOf(maria, FIRST_PAGE)).stream()
            .anyMatch(row -> row.id() == open.id()));

    acting.as(
        "ana",
        () -> {
          links.append(
              new AppendCommand(open.id(), maria, "PHONE", "Ligou de novo: <b>urgente</b>."));
          return null;
        });
    DiscussionItem appended =
        acting.as("ana", () -> discussion.discussion(open.id(), FIRST_PAGE)).stream()
            .filter(entry -> entry.kind() == DiscussionKind.CLIENT_CONTACT)
            .findFirst()
            .orElseThrow();
    assertEquals("Ligou de novo: &lt;b&gt;urgente&lt;/b&gt;.", appended.body());

    BusinessException otherParty =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    "ana",
                    () -> {
                      links.append(new AppendCommand(open.id(), metal, "PHONE", "Outro."));
                      return null;
                    }));
    assertEquals("error.append.otherParty", otherParty.messageKey());
  }

  private CaseDetails heldBy(String login, String partyName) throws Exception {
    long id =
        openings
            .open(
                login,
                partyName,
                "Vínculos " + System.nanoTime(),
                "Descrição do problema.",
                Priority.NORMAL,
                null,
                true)
            .id();
    return acting.as(login, () -> cases.details(id));
  }

  private Choice department(String login, long caseId, String name) throws Exception {
    return acting.as(login, () -> links.escalationDepartments(caseId)).stream()
        .filter(choice -> choice.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static EscalateCommand escalation(long parentId, long departmentId) {
    return new EscalateCommand(parentId, departmentId, "Ajuda", "Pedido de ajuda.", Priority.LOW);
  }

  private void move(String login, long caseId, CaseStatus target) throws Exception {
    acting.as(
        login,
        () -> {
          long version = cases.details(caseId).version();
          return statuses.changeStatus(
              new ChangeStatusCommand(caseId, version, target, null, null));
        });
  }

  private Void doRelate(long caseId, String otherNumber) {
    links.relate(caseId, otherNumber);
    return null;
  }

  private List<Long> relatedIds(String login, long caseId) throws Exception {
    return acting.as(login, () -> links.related(caseId, FIRST_PAGE)).stream()
        .map(CaseSummary::id)
        .toList();
  }

  private List<DiscussionKind> kinds(String login, long caseId) throws Exception {
    return acting.as(login, () -> discussion.discussion(caseId, FIRST_PAGE)).stream()
        .map(DiscussionItem::kind)
        .toList();
  }
}
