package br.com.atende.faq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FaqEntryTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Company other = new Company("OTHER", "Other");
  private final Agent ana = agent(acme, "ana", Role.AGENT);
  private final Agent carla = agent(acme, "carla", Role.SUPERVISOR);
  private final Agent outsider = agent(other, "otto", Role.SUPERVISOR);

  @Test
  void aRequestWaitsForReviewWithItsAnswerSanitized() {
    FaqEntry entry = requested();
    assertEquals(FaqStatus.REQUESTED, entry.getStatus());
    assertSame(acme, entry.getCompany());
    assertFalse(entry.getAnswer().contains("script"), entry.getAnswer());
    assertNull(entry.getReviewedBy());
  }

  @Test
  void theSearchTextIsFoldedWithoutAccentsInLowerCase() {
    FaqEntry entry = requested();
    assertTrue(entry.getSearchText().contains("solucao da impressora"), entry.getSearchText());
    assertFalse(entry.getSearchText().contains("<p>"), entry.getSearchText());
  }

  @Test
  void approvingRecordsTheReviewerAndKeepsTheRequestersTextUnlessEdited() {
    FaqEntry entry = requested();
    entry.approve(carla, null, null, NOW);
    assertEquals(FaqStatus.APPROVED, entry.getStatus());
    assertSame(carla, entry.getReviewedBy());
    assertEquals(NOW, entry.getReviewedAt());
    assertEquals("Solução da impressora?", entry.getQuestion());
  }

  @Test
  void theSupervisorsEditsReplaceQuestionAnswerAndSearchText() {
    FaqEntry entry = requested();
    entry.approve(carla, "Etiqueta borrada", "<p>Limpe a cabeça</p>", NOW);
    assertEquals("Etiqueta borrada", entry.getQuestion());
    assertEquals("<p>Limpe a cabeça</p>", entry.getAnswer());
    assertTrue(entry.getSearchText().contains("limpe a cabeca"), entry.getSearchText());
  }

  @Test
  void rejectingKeepsTheReason() {
    FaqEntry entry = requested();
    entry.reject(carla, "  Já existe uma entrada igual. ", NOW);
    assertEquals(FaqStatus.REJECTED, entry.getStatus());
    assertEquals("Já existe uma entrada igual.", entry.getRejectionReason());
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndLeavesTheRequestWaiting() {
    FaqEntry entry = requested();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> entry.reject(carla, "   ", NOW));
    assertEquals("reason", e.field());
    assertEquals(FaqStatus.REQUESTED, entry.getStatus());
  }

  @Test
  void anApprovedEntryCannotBeReviewedAgain() {
    FaqEntry entry = requested();
    entry.approve(carla, null, null, NOW);
    BusinessException e =
        assertThrows(BusinessException.class, () -> entry.reject(carla, "Mudei de ideia", NOW));
    assertEquals("error.faq.alreadyReviewed", e.messageKey());
    assertThrows(BusinessException.class, () -> entry.approve(carla, null, null, NOW));
  }

  @Test
  void aRejectedEntryCannotBeApproved() {
    FaqEntry entry = requested();
    entry.reject(carla, "Incompleta", NOW);
    assertThrows(BusinessException.class, () -> entry.approve(carla, null, null, NOW));
    assertEquals(FaqStatus.REJECTED, entry.getStatus());
  }

  @Test
  void aSupervisorOfAnotherCompanyCannotReview() {
    FaqEntry entry = requested();
    BusinessException e =
        assertThrows(BusinessException.class, () -> entry.approve(outsider, null, null, NOW));
    assertEquals("error.faq.notFound", e.messageKey());
  }

  @Test
  void questionAndVisibleAnswerAreRequired() {
    InvalidInputException noQuestion =
        assertThrows(
            InvalidInputException.class,
            () -> FaqEntry.requested(ana, null, " ", "<p>Resposta</p>", NOW));
    assertEquals("question", noQuestion.field());
    InvalidInputException emptyAnswer =
        assertThrows(
            InvalidInputException.class,
            () -> FaqEntry.requested(ana, null, "Pergunta?", "<p><br></p>", NOW));
    assertEquals("answer", emptyAnswer.field());
  }

  @Test
  void anEditLeavingTheAnswerEmptyRefusesTheApproval() {
    FaqEntry entry = requested();
    assertThrows(InvalidInputException.class, () -> entry.approve(carla, null, "<p></p>", NOW));
    assertEquals(FaqStatus.REQUESTED, entry.getStatus());
  }

  private FaqEntry requested() {
    return FaqEntry.requested(
        ana,
        null,
        "Solução da impressora?",
        "<p>Limpe a cabeça.</p><script>alert(1)</script>",
        NOW);
  }

  private static Agent agent(Company company, String login, Role role) {
    return new Agent(
        new Department(company, "Suporte"),
        login,
        login,
        login + "@example.com",
        "x",
        1,
        EnumSet.of(role));
  }
}
