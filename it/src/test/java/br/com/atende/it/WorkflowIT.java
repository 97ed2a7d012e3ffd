package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.application.RelinkCommand;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.customfield.application.CustomFieldAdminService;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.customfield.application.FieldDefinition;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import br.com.atende.workflow.application.SaveStepCommand;
import br.com.atende.workflow.application.StepFieldsMissingException;
import br.com.atende.workflow.application.StepHistoryItem;
import br.com.atende.workflow.application.WorkflowService;
import br.com.atende.workflow.application.WorkflowState;
import br.com.atende.workflow.model.StandardField;
import br.com.atende.workflow.model.StepTarget;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case type's workflow (SPEC C5): an admin defines its steps; "advance step" refuses while the
 * current step's fields are missing, naming them, then hands the case to the next step's rule,
 * group or opener, telling the group's members and the step's extra addresses by email.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Fixtures fixtures;

  @Inject Teams teams;

  @Inject CaseService cases;

  @Inject PartyService parties;

  @Inject WorkflowService workflows;

  @Inject CustomFieldAdminService customFieldAdmin;

  @Inject CustomFieldService customFieldValues;

  private GreenMail smtp;

  @BeforeEach
  void startSmtpServer() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtpServer() {
    smtp.stop();
  }

  @Test
  void advancingChecksTheCurrentStepsFieldsThenHandsTheCaseAlongAndTellsTheStepsAddresses()
      throws Exception {
    long caseType = fixtures.caseType("ACME");
    long desk = teams.department("ACME");
    String opener =
        teams.agent(desk, "pt-BR", EnumSet.of(Permission.LINK_PARTY_TO_CASE), Role.AGENT);
    String analyst = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    long analysts = teams.group(desk, analyst);
    String quality = "qualidade-" + System.nanoTime() + "@acme.example";
    define(caseType, 1, "Triagem", StepTarget.HOLDER, null, EnumSet.of(StandardField.CONTACT));
    acting.as(
        "admin",
        () ->
            workflows.save(
                new SaveStepCommand(
                    null,
                    0,
                    caseType,
                    2,
                    "Análise",
                    StepTarget.GROUP,
                    analysts,
                    null,
                    Set.of(),
                    List.of(quality),
                    true)));
    define(caseType, 3, "Resposta", StepTarget.OPENER, null, Set.of());
    long caseId = openWithoutContact(opener, caseType);

    WorkflowState notStarted = acting.as(opener, () -> workflows.state(caseId));
    assertTrue(notStarted.hasWorkflow());
    assertNull(notStarted.currentName());
    assertEquals("Triagem", notStarted.nextName());

    advance(opener, caseId);
    assertEquals("Triagem", acting.as(opener, () -> workflows.state(caseId)).currentName());
    assertEquals(teams.agentId(opener), teams.holderOf(caseId), "triage stays with the holder");

    StepFieldsMissingException missing =
        assertThrows(StepFieldsMissingException.class, () -> advance(opener, caseId));
    assertEquals(List.of(StandardField.CONTACT), missing.standardFields());
    assertEquals(
        "Triagem",
        acting.as(opener, () -> workflows.state(caseId)).currentName(),
        "a refused advance leaves the case where it was");

    giveContact(opener, caseId);
    long protocol = requiredAtStep(caseType, "Protocolo da reclamação", 2);
    StepFieldsMissingException customMissing =
        assertThrows(StepFieldsMissingException.class, () -> advance(opener, caseId));
    assertEquals(List.of("Protocolo da reclamação"), customMissing.customFields());
    assertTrue(customMissing.standardFields().isEmpty());
    acting.as(
        opener,
        () ->
            customFieldValues.save(
                caseId, cases.details(caseId).version(), Map.of(protocol, "PR-2026-77")));
    advance(opener, caseId);
    WorkflowState inAnalysis = acting.as(opener, () -> workflows.state(caseId));
    assertEquals("Análise", inAnalysis.currentName());
    assertEquals("Resposta", inAnalysis.nextName());
    assertNull(teams.holderOf(caseId), "a group step leaves no one agent holding the case");
    List<String> told = recipientsOfMailAbout(caseId, analyst + "@acme.example", quality);
    assertTrue(told.contains(analyst + "@acme.example"), told.toString());
    assertTrue(told.contains(quality), told.toString());

    advance(analyst, caseId);
    assertEquals(teams.agentId(opener), teams.holderOf(caseId), "the answer goes to the opener");
    List<StepHistoryItem> steps =
        acting.as(opener, () -> workflows.stepHistory(caseId, FIRST_PAGE));
    assertEquals(
        List.of("Resposta", "Análise", "Triagem"),
        steps.stream().map(StepHistoryItem::stepName).toList());
    assertEquals(3, acting.as(opener, () -> workflows.countStepHistory(caseId)));

    BusinessException last = assertThrows(BusinessException.class, () -> advance(opener, caseId));
    assertEquals("error.workflow.lastStep", last.messageKey());
    assertNull(
        acting.as(opener, () -> workflows.state(caseId)).nextName(),
        "the page offers no further step");
  }

  @Test
  void savingAStepNamesTheFieldAtFaultAndOnlyAnAdminSavesSteps() throws Exception {
    long caseType = fixtures.caseType("ACME");
    define(caseType, 1, "Triagem", StepTarget.HOLDER, null, Set.of());

    InvalidInputException taken =
        assertThrows(
            InvalidInputException.class,
            () -> define(caseType, 1, "Outra", StepTarget.HOLDER, null, Set.of()));
    assertEquals("order", taken.field());
    InvalidInputException noGroup =
        assertThrows(
            InvalidInputException.class,
            () -> define(caseType, 2, "Grupo", StepTarget.GROUP, null, Set.of()));
    assertEquals("targetGroupId", noGroup.field());
    InvalidInputException badAddress =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "admin",
                    () ->
                        workflows.save(
                            new SaveStepCommand(
                                null,
                                0,
                                caseType,
                                2,
                                "Aviso",
                                StepTarget.HOLDER,
                                null,
                                null,
                                Set.of(),
                                List.of("ok@acme.example", "x@y\r\nBcc: z@w"),
                                true))));
    assertEquals("extraRecipients", badAddress.field());
    assertEquals(1, acting.as("admin", () -> workflows.steps(caseType)).size());

    assertThrows(
        EJBAccessException.class,
        () -> acting.as("carla", () -> workflows.steps(caseType)),
        "configuring workflows is for administrators");
  }

  /** A text field of the case type, required from the given workflow step on. */
  private long requiredAtStep(long caseType, String name, int step) throws Exception {
    return acting.as(
        "admin",
        () ->
            customFieldAdmin.saveField(
                new FieldDefinition(
                    null, caseType, name, FieldType.TEXT, null, 1, false, step, true, List.of())));
  }

  private void define(
      long caseType,
      int order,
      String name,
      StepTarget target,
      Long groupId,
      Set<StandardField> required)
      throws Exception {
    acting.as(
        "admin",
        () ->
            workflows.save(
                new SaveStepCommand(
                    null, 0, caseType, order, name, target, groupId, null, required, List.of(),
                    true)));
  }

  private long openWithoutContact(String login, long caseType) throws Exception {
    long party = openings.partyId(login, "Metal");
    return acting.as(
        login,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          return cases
              .open(
                  new OpenCaseCommand(
                      defaults.companyId(),
                      defaults.departmentId(),
                      caseType,
                      null,
                      null,
                      null,
                      null,
                      party,
                      null,
                      null,
                      null,
                      "PHONE",
                      ContactOrigin.CLIENT,
                      "Reclamação de cobrança",
                      "Cobrança indevida.",
                      Priority.NORMAL,
                      null,
                      true))
              .id();
        });
  }

  private void giveContact(String login, long caseId) throws Exception {
    acting.as(
        login,
        () -> {
          var details = cases.details(caseId);
          long contact = parties.contactsOf(details.partyId()).get(0).id();
          return cases.relink(
              new RelinkCommand(caseId, details.version(), details.partyId(), contact, null, null));
        });
  }

  private void advance(String login, long caseId) throws Exception {
    acting.as(login, () -> workflows.advance(caseId, workflows.state(caseId).caseVersion()));
  }

  /**
   * The recipients of the emails about the case, once every expected address has been written to
   * (or after 40 s). Other emails about the case (the client's) may arrive before or between the
   * step's, in any order: the wait is for the addresses, not for a number of messages.
   */
  private List<String> recipientsOfMailAbout(long caseId, String... expected) throws Exception {
    String number = acting.as("carla", () -> cases.details(caseId)).number();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
    while (true) {
      List<String> recipients =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(message -> subjectOf(message).contains(number))
              .flatMap(message -> Arrays.stream(recipientsOf(message)))
              .toList();
      if (recipients.containsAll(List.of(expected)) || Instant.now().isAfter(deadline)) {
        return recipients;
      }
      Thread.sleep(250);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] recipientsOf(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toArray(String[]::new);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
