package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseSearch;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.application.SearchMode;
import br.com.atende.cases.application.SearchQuery;
import br.com.atende.cases.application.SearchScope;
import br.com.atende.cases.application.TransferCommand;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.queue.application.QueueTabCount;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.workflow.application.SaveStepCommand;
import br.com.atende.workflow.application.WorkflowService;
import br.com.atende.workflow.model.StepTarget;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The gaps of SPEC C1–C6 the workspace pages show (issue 11): opening into a group or an agent at a
 * chosen level, assigning from the case page, voicemail blocking hand-overs, the opening email's
 * discussion entry and its resend, the step of each entry, and the search from a case's subject.
 * Each test in departments and with agents of its own.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceGapsIT {

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);
  private static final Set<Permission> HANDS =
      EnumSet.of(Permission.CASE_FORWARD, Permission.CASE_TRANSFER);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject Fixtures fixtures;

  @Inject MailRows mailRows;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject DiscussionService discussion;

  @Inject QueueService queues;

  @Inject WorkflowService workflows;

  @Inject CaseEmailService caseEmails;

  @Inject CaseSearch search;

  @Inject PartyService parties;

  @Test
  void aSupervisorOpensACaseAtALevelOfItsChoiceIntoTheHandsOfAnAgentOfItsDepartment()
      throws Exception {
    long desk = teams.department(teams.company());
    String supervisor = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);

    OpenedCase opened = open(supervisor, "Nível escolhido", false, 1, null, teams.agentId(agent));

    assertEquals(teams.agentId(agent), teams.holderOf(opened.id()));
    assertEquals(1, acting.as(agent, () -> cases.details(opened.id()).accessLevel()));
    assertEquals("IN_PROGRESS", acting.as(agent, () -> cases.details(opened.id()).status().name()));
    assertEquals(List.of(teams.agentId(agent)), teams.forwardingTargets(opened.id()));
    assertEquals(1, teams.discussionEntries(opened.id(), "FORWARD"));
    assertTrue(acting.as(supervisor, () -> cases.openingDefaults().supervisor()));
    assertEquals(
        Set.of(teams.agentId(supervisor), teams.agentId(agent)),
        Set.copyOf(ids(acting.as(supervisor, () -> cases.openingAssignees()))));
  }

  @Test
  void anAgentChoosesNeitherALevelNorAnAssigneeAndASupervisorNoAssigneeOfAnotherDepartment()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String supervisor = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    String outsider = teams.agent(teams.department(company), "pt-BR", Set.of(), Role.AGENT);

    assertRefused(
        "error.accessLevel.supervisorOnly",
        () -> open(agent, "Nível de atendente", false, 2, null, null));
    assertRefused(
        "error.assign.supervisorOnly",
        () -> open(agent, "Designar sem ser chefe", false, null, null, teams.agentId(supervisor)));
    assertRefused(
        "error.assign.otherDepartment",
        () -> open(supervisor, "Fora do departamento", false, null, null, teams.agentId(outsider)));
    assertFalse(acting.as(agent, () -> cases.openingDefaults().supervisor()));
    assertEquals(List.of(), acting.as(agent, () -> cases.openingAssignees()));
  }

  @Test
  void aCaseOpenedIntoAGroupWaitsInTheNewTabOfEveryMember() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String member = teams.agent(teams.department(company), "pt-BR", Set.of(), Role.AGENT);
    long group = teams.group(desk, member);

    assertRefused(
        "error.open.groupAndAssignee", () -> open(opener, "Grupo e eu", true, null, group, null));
    OpenedCase opened = open(opener, "Para o grupo", false, null, group, null);

    assertNull(teams.holderOf(opened.id()));
    assertEquals(group, teams.holdingGroupOf(opened.id()));
    assertEquals(1, newTabCount(member));
    assertEquals(
        List.of(group),
        ids(acting.as(opener, () -> cases.openingGroups(cases.openingDefaults().companyId()))));
  }

  @Test
  void aSupervisorAssignsFromTheCasePageOnlyAnActiveAgentOfItsOwnDepartment() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String supervisor = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String outsider = teams.agent(teams.department(company), "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(agent, "Designação", false, null, null, null);

    List<Long> offered = ids(acting.as(supervisor, () -> cases.assignableAgents(opened.id())));
    assertEquals(Set.of(teams.agentId(supervisor), teams.agentId(agent)), Set.copyOf(offered));
    assertRefused(
        "error.assign.otherDepartment",
        () -> cases.assign(opened.id(), version(supervisor, opened.id()), teams.agentId(outsider)),
        supervisor);
    assertThrows(
        EJBAccessException.class,
        () ->
            acting.as(
                agent,
                () ->
                    cases.assign(opened.id(), version(agent, opened.id()), teams.agentId(agent))));
    assertNull(teams.holderOf(opened.id()));

    acting.as(
        supervisor,
        () -> cases.assign(opened.id(), version(supervisor, opened.id()), teams.agentId(agent)));

    assertEquals(teams.agentId(agent), teams.holderOf(opened.id()));
    assertEquals(
        List.of(teams.agentId(supervisor)),
        ids(acting.as(supervisor, () -> cases.assignableAgents(opened.id()))));
  }

  @Test
  void aPendingVoicemailBlocksForwardReturnTransferAndAdvanceStepUntilTheClientIsReached()
      throws Exception {
    long desk = teams.department("ACME");
    long otherDesk = teams.department("ACME");
    String from = teams.agent(desk, "pt-BR", HANDS, Role.AGENT);
    String holder = teams.agent(desk, "pt-BR", HANDS, Role.AGENT);
    long caseType = fixtures.caseType("ACME");
    defineStep(caseType, 1, "Triagem");
    long caseId = openOfType(from, caseType);
    acting.as(
        from,
        () ->
            forwarding.forwardToAgent(
                caseId, version(from, caseId), teams.agentId(holder), "Com você"));
    acting.as(holder, () -> statuses.recordVoicemail(caseId, version(holder, caseId)));

    assertVoicemailBlocks(
        holder,
        () ->
            forwarding.forwardToAgent(
                caseId, version(holder, caseId), teams.agentId(from), "De volta"));
    assertVoicemailBlocks(
        holder, () -> forwarding.returnToForwarder(caseId, version(holder, caseId), "Não é meu"));
    assertVoicemailBlocks(
        holder,
        () -> forwarding.transfer(new TransferCommand(List.of(caseId), otherDesk, null, "Outra")));
    assertVoicemailBlocks(
        holder, () -> workflows.advance(caseId, workflows.state(caseId).caseVersion()));
    assertEquals(teams.agentId(holder), teams.holderOf(caseId));
    assertEquals(desk, teams.departmentOf(caseId));

    acting.as(holder, () -> statuses.clearVoicemail(caseId, version(holder, caseId)));
    acting.as(
        holder, () -> forwarding.returnToForwarder(caseId, version(holder, caseId), "Não é meu"));
    assertEquals(teams.agentId(from), teams.holderOf(caseId));
  }

  @Test
  void theOpeningEmailIsAnEmailSentEntryAndASavedCaseWithAContactSendsItAgain() throws Exception {
    PartyOption metalurgica =
        acting.as("ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica").get(0));
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica.id())).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    long caseId =
        acting
            .as(
                "ana",
                () ->
                    cases.open(
                        Openings.command(
                            cases.openingDefaults(),
                            metalurgica.id(),
                            paulo.id(),
                            "Abertura reenviada " + unique(),
                            "Etiquetas borradas.",
                            Priority.NORMAL,
                            null,
                            true,
                            "PHONE",
                            ContactOrigin.CLIENT)))
            .id();
    assertEquals(1, teams.discussionEntries(caseId, "EMAIL_SENT"));
    assertEquals(1, mailRows.emailsOf(caseId, "case-opened:"));
    DiscussionItem entry =
        acting.as("ana", () -> discussion.discussion(caseId, FIRST_PAGE)).stream()
            .filter(e -> e.kind() == DiscussionKind.EMAIL_SENT)
            .findFirst()
            .orElseThrow();
    // The sanitizer writes the address's "@" as an entity; the recipient's domain reads as typed.
    assertTrue(entry.body().contains("paulo&#64;horizonte.example"), entry.body());
    assertTrue(entry.body().contains("E-mail de abertura enviado"), entry.body());
    assertFalse(entry.body().contains("Etiquetas borradas."), "the request is not repeated");
    assertTrue(entry.internal());

    String address = acting.as("bruno", () -> caseEmails.sendOpeningEmailAgain(caseId));
    acting.as("ana", () -> caseEmails.sendOpeningEmailAgain(caseId));

    assertEquals("paulo@horizonte.example", address);
    assertEquals(3, teams.discussionEntries(caseId, "EMAIL_SENT"));
    assertEquals(3, mailRows.emailsOf(caseId, "case-opened:"));
    OpenedCase withoutContact =
        openings.open(
            "ana", "Maria", "Sem contato " + unique(), "Pedido.", Priority.NORMAL, null, false);
    assertEquals(1, teams.discussionEntries(withoutContact.id(), "EMAIL_SENT"));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as("ana", () -> caseEmails.sendOpeningEmailAgain(withoutContact.id())));
    assertEquals("error.openingEmail.noContact", refused.messageKey());
    assertEquals(1, mailRows.emailsOf(withoutContact.id(), "case-opened:"));
  }

  @Test
  void eachDiscussionEntryRecordsTheWorkflowStepTheCaseWasInWhenItWasWritten() throws Exception {
    long desk = teams.department("ACME");
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    long caseType = fixtures.caseType("ACME");
    defineStep(caseType, 1, "Triagem");
    defineStep(caseType, 2, "Análise");
    long caseId = openOfType(agent, caseType);
    note(agent, caseId, "Antes do fluxo");

    acting.as(agent, () -> workflows.advance(caseId, workflows.state(caseId).caseVersion()));
    note(agent, caseId, "Na triagem");

    List<DiscussionItem> entries =
        acting.as(agent, () -> discussion.discussion(caseId, FIRST_PAGE));
    DiscussionItem during = byBody(entries, "Na triagem");
    DiscussionItem before = byBody(entries, "Antes do fluxo");
    assertEquals("Triagem", during.stepName());
    assertTrue(during.stepId() != null);
    assertNull(before.stepId());
    assertNull(before.stepName());
  }

  @Test
  void theSimilarSubjectSearchStartsFromTheSubjectOfACaseTheViewerMaySee() throws Exception {
    String subject = "Etiquetadora " + unique() + " travando";
    OpenedCase opened =
        openings.open("ana", "Maria", subject, "Trava.", Priority.NORMAL, null, true);

    SearchQuery query = acting.as("ana", () -> search.similarTo(opened.id()));

    assertEquals(new SearchQuery(subject, SearchMode.ANY_WORD, SearchScope.SUBJECT), query);
    assertTrue(
        acting.as("ana", () -> search.search(query, FIRST_PAGE)).stream()
            .anyMatch(row -> row.id() == opened.id()));
    String stranger = teams.agent(teams.department(teams.company()), "pt-BR", Set.of(), Role.AGENT);
    assertThrows(
        NotFoundException.class, () -> acting.as(stranger, () -> search.similarTo(opened.id())));
  }

  private OpenedCase open(
      String login,
      String subject,
      boolean assignToMe,
      Integer level,
      Long groupId,
      Long assigneeId)
      throws Exception {
    long party = openings.partyId(login, "Maria");
    return acting.as(
        login,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          return cases.open(
              command(
                  defaults,
                  defaults.caseTypeId(),
                  party,
                  subject + " " + unique(),
                  assignToMe,
                  level,
                  groupId,
                  assigneeId));
        });
  }

  private long openOfType(String login, long caseType) throws Exception {
    long party = openings.partyId(login, "Metal");
    return acting.as(
        login,
        () ->
            cases
                .open(
                    command(
                        cases.openingDefaults(),
                        caseType,
                        party,
                        "Com fluxo " + unique(),
                        true,
                        null,
                        null,
                        null))
                .id());
  }

  private static OpenCaseCommand command(
      OpeningDefaults defaults,
      Long caseType,
      long party,
      String subject,
      boolean assignToMe,
      Integer level,
      Long groupId,
      Long assigneeId) {
    return new OpenCaseCommand(
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
        subject,
        "Pedido: " + subject,
        Priority.NORMAL,
        null,
        assignToMe,
        level,
        groupId,
        assigneeId);
  }

  private void defineStep(long caseType, int order, String name) throws Exception {
    acting.as(
        "admin",
        () ->
            workflows.save(
                new SaveStepCommand(
                    null,
                    0,
                    caseType,
                    order,
                    name,
                    StepTarget.HOLDER,
                    null,
                    null,
                    Set.of(),
                    List.of(),
                    true)));
  }

  private void note(String login, long caseId, String text) throws Exception {
    acting.as(
        login,
        () -> {
          discussion.addNote(new AddNoteCommand(caseId, text, true, false, List.of()));
          return null;
        });
  }

  private static DiscussionItem byBody(List<DiscussionItem> entries, String text) {
    return entries.stream().filter(e -> e.body().contains(text)).findFirst().orElseThrow();
  }

  private long version(String login, long caseId) throws Exception {
    return acting.as(login, () -> forwarding.state(caseId).version());
  }

  private long newTabCount(String login) throws Exception {
    return acting.as(login, () -> queues.tabs()).stream()
        .filter(count -> count.tab() == QueueTab.NEW)
        .mapToLong(QueueTabCount::count)
        .sum();
  }

  private void assertVoicemailBlocks(String login, Callable<?> handOver) {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> acting.as(login, handOver));
    assertEquals("error.forward.voicemailPending", refused.messageKey());
  }

  private static void assertRefused(String messageKey, Executable action) {
    BusinessException refused = assertThrows(BusinessException.class, action);
    assertEquals(messageKey, refused.messageKey());
  }

  private void assertRefused(String messageKey, Callable<?> action, String login) {
    assertRefused(messageKey, () -> acting.as(login, action));
  }

  private static List<Long> ids(List<Choice> choices) {
    return choices.stream().map(Choice::id).toList();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
