package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.AppendCommand;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.GenerateCaseCommand;
import br.com.atende.cases.application.GeneratedPart;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.TransferCommand;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.AgentAddress;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.faq.application.ApproveFaqCommand;
import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.RequestFaqCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.Clearances;
import br.com.atende.it.support.ClientReplies;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.mail.application.OutboxQuery;
import br.com.atende.mail.model.SecretLinks;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.queue.application.QueueExport;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.application.LogTimeCommand;
import br.com.atende.timekeeping.application.TimeEntryService;
import br.com.atende.timekeeping.model.Nature;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holes of issue 16 that live in the EJB layer, each proven closed through the services: who
 * may change a case's status, level and hands; who may write to it; what a case's level lets into
 * copies, relations and emails.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityFixesIT {

  @Inject ActingAgent acting;

  @Inject TimeEntryService time;

  @Inject UnderstandingService understandings;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject Fixtures fixtures;

  @Inject Clearances clearances;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject DiscussionService discussion;

  @Inject CaseLinkService links;

  @Inject ClientReplies clientReplies;

  @Inject CustomFieldService customFields;

  @Inject CaseEmailService caseEmail;

  @Inject OutboxQuery outbox;

  @Inject FaqService faq;

  @Inject QueueExport export;

  // Item 1: one rule for who changes status, level and custody.

  @Test
  void aNonSupervisorCannotChangeTheLevelByPickingAClassification() throws Exception {
    String holder = fixtures.agent(3, Set.of(), Role.AGENT);
    long restricted = fixtures.classification(2);
    OpenedCase opened = open(holder, "Contrato", true);
    CaseDetails before = details(holder, opened.id());

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> acting.as(holder, () -> cases.edit(editWith(before, restricted))));

    assertEquals("error.accessLevel.supervisorOnly", refused.messageKey());
    assertEquals("classificationId", refused.field());
    assertEquals(0, clearances.levelOf(opened.id()));
    acting.as("carla", () -> cases.edit(editWith(details("carla", opened.id()), restricted)));
    assertEquals(2, clearances.levelOf(opened.id()));
  }

  @Test
  void takingANewCaseByAStatusChangeFollowsTheLinkRuleAndRecordsTheLink() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long otherDesk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String outsider = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(opener, "Fila do departamento", false);

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> moveTo(outsider, opened.id(), CaseStatus.IN_PROGRESS));

    assertEquals("error.link.notYourQueue", refused.messageKey());
    assertNull(teams.holderOf(opened.id()));
    moveTo(colleague, opened.id(), CaseStatus.IN_PROGRESS);
    assertEquals(teams.agentId(colleague), teams.holderOf(opened.id()));
    assertEquals(List.of("LINK"), clearances.forwardingKinds(opened.id()));
    assertEquals(1, teams.discussionEntries(opened.id(), "FORWARD"));
  }

  @Test
  void aTransferIsRefusedToAnAgentWhoDoesNotHoldTheCase() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long billing = teams.department(company);
    String holder = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String transferrer =
        teams.agent(desk, "pt-BR", EnumSet.of(Permission.CASE_TRANSFER), Role.AGENT);
    OpenedCase opened = open(holder, "Segurado por outro", true);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    transferrer,
                    () ->
                        forwarding.transfer(
                            new TransferCommand(List.of(opened.id()), billing, null, "Meu"))));

    assertEquals("error.transfer.notHolder", refused.messageKey());
    assertEquals(desk, teams.departmentOf(opened.id()));
    assertEquals(teams.agentId(holder), teams.holderOf(opened.id()));
  }

  @Test
  void aSupervisorAssignsOnlyCasesOfItsOwnDepartment() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long otherDesk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String otherSupervisor = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    String otherAgent = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(opener, "Outro departamento", false);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    otherSupervisor,
                    () ->
                        cases.assign(
                            opened.id(),
                            forwarding.state(opened.id()).version(),
                            teams.agentId(otherAgent))));

    assertEquals("error.assign.caseOfOtherDepartment", refused.messageKey());
    assertNull(teams.holderOf(opened.id()));
  }

  // Item 2: writing to a case takes more than seeing it.

  @Test
  void aColleagueWhoOnlySeesACaseCannotWriteToIt() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String holder = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String supervisor = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    OpenedCase opened = open(holder, "Só de quem o tem", true);
    OpenedCase colleagues = open(colleague, "Do colega", true);
    long party = openings.partyId(colleague, "Maria Oliveira");

    assertWriteRefused(colleague, () -> discussion.addNote(note(opened.id())));
    assertWriteRefused(
        colleague, () -> statuses.recordVoicemail(opened.id(), version(colleague, opened.id())));
    assertWriteRefused(
        colleague,
        () -> links.append(new AppendCommand(opened.id(), party, "PHONE", "Ligou de novo.")));
    assertWriteRefused(colleague, () -> links.relate(colleagues.id(), opened.number()));
    // A relation writes into both cases: the supervisor of their department may relate them.
    as(supervisor, () -> links.relate(opened.id(), colleagues.number()));
    assertWriteRefused(colleague, () -> links.unrelate(colleagues.id(), opened.id()));
    assertWriteRefused(colleague, () -> time.log(timeEntry(opened.id())));
    BusinessException understanding =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    colleague,
                    () ->
                        understandings.add(
                            new AddUnderstandingCommand(
                                List.of(colleagues.id(), opened.id()), "Falha na SEFAZ."))));
    assertEquals("error.understanding.notWritable", understanding.messageKey());
    assertEquals(List.of(opened.number()), List.of(understanding.arguments()));
    assertEquals(0, acting.as(colleague, () -> understandings.countOfCase(colleagues.id())));

    assertEquals(0, teams.discussionEntries(opened.id(), "LOG"));
    assertEquals(0, teams.discussionEntries(opened.id(), "CLIENT_CONTACT"));
    as(supervisor, () -> discussion.addNote(note(opened.id())));
    as(holder, () -> discussion.addNote(note(opened.id())));
    assertEquals(2, teams.discussionEntries(opened.id(), "LOG"));
  }

  @Test
  void theCasePageOffersWritingOnlyToWhoMayWriteToTheCase() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String holder = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(holder, "Escrita só para quem o tem", true);
    String page = "cases/view.xhtml?id=" + opened.id();

    String seenByHolder = AgentOverHttp.loggedInAs(holder).get(page);
    String seenByColleague = AgentOverHttp.loggedInAs(colleague).get(page);

    assertTrue(seenByHolder.contains("caseForm:addNote"), "the holder gets the composer");
    assertTrue(seenByHolder.contains("caseForm:recordVoicemail"), "and the voicemail action");
    assertTrue(seenByColleague.contains(opened.number()), "the colleague sees the case");
    assertFalse(seenByColleague.contains("caseForm:addNote"), "but gets no composer");
    assertFalse(seenByColleague.contains("caseForm:recordVoicemail"), "nor the voicemail action");
    assertTrue(seenByColleague.contains("caseForm:composerNotInHands"), "and is told why");
  }

  @Test
  void aMemberOfTheGroupHoldingACaseWritesToItAndOthersDoNot() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String forwarder = teams.agent(desk, "pt-BR", EnumSet.of(Permission.CASE_FORWARD), Role.AGENT);
    String member = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String outsider = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    long group = teams.group(desk, member);
    OpenedCase opened = open(forwarder, "Para o grupo", true);
    acting.as(
        forwarder,
        () ->
            forwarding.forwardToGroup(
                opened.id(), version(forwarder, opened.id()), group, "Especialistas"));

    assertWriteRefused(outsider, () -> discussion.addNote(note(opened.id())));
    assertWriteRefused(forwarder, () -> discussion.addNote(note(opened.id())));
    as(member, () -> discussion.addNote(note(opened.id())));
    assertEquals(1, teams.discussionEntries(opened.id(), "LOG"));
  }

  @Test
  void aCaseWaitingInItsDepartmentsQueueTakesNotesFromThatDepartmentOnly() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long otherDesk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String outsider = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(opener, "Na fila do departamento", false);

    assertWriteRefused(outsider, () -> discussion.addNote(note(opened.id())));
    as(colleague, () -> discussion.addNote(note(opened.id())));
    assertEquals(1, teams.discussionEntries(opened.id(), "LOG"));
  }

  @Test
  void aNoteToAClosedCaseIsRefused() throws Exception {
    String holder = fixtures.agent(1, Set.of(), Role.AGENT);
    OpenedCase opened = open(holder, "Encerrado", true);
    moveTo(holder, opened.id(), CaseStatus.CANCELLED);

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> as(holder, () -> discussion.addNote(note(opened.id()))));

    assertEquals("error.write.closed", refused.messageKey());
    assertEquals(0, teams.discussionEntries(opened.id(), "LOG"));
  }

  @Test
  void noAgentFacingServiceMarksACaseAnsweredByTheClient() throws Exception {
    for (Class<?> service :
        List.of(ForwardingService.class, CaseService.class, DiscussionService.class)) {
      assertTrue(
          Arrays.stream(service.getMethods())
              .noneMatch(m -> m.getName().equals("recordClientReply")),
          service.getSimpleName());
    }
    String holder = fixtures.agent(1, Set.of(), Role.AGENT);
    OpenedCase opened = open(holder, "Resposta do cliente", true);

    clientReplies.reply(opened.id(), "maria@cliente.example", "Obrigada.");

    assertEquals(1, teams.discussionEntries(opened.id(), "CLIENT_REPLY"));
  }

  /** A service call with nothing to return. */
  private interface Action {
    void run() throws Exception;
  }

  private void as(String login, Action action) throws Exception {
    acting.as(
        login,
        () -> {
          action.run();
          return null;
        });
  }

  // Item 3: a case's level follows its content into copies, relations and emails.

  @Test
  void aCaseGeneratedFromAnotherKeepsAtLeastItsLevel() throws Exception {
    String holder = fixtures.agent(3, Set.of(), Role.AGENT);
    OpenedCase source = open(holder, "Contrato sigiloso", true);
    clearances.level(source.id(), 2);

    OpenedCase generated =
        acting.as(
            holder,
            () ->
                links.generateFrom(
                    new GenerateCaseCommand(
                        source.id(), "Desdobramento", null, EnumSet.of(GeneratedPart.REQUEST))));

    assertEquals(2, clearances.levelOf(generated.id()));
  }

  @Test
  void relatingCasesNamesAMoreRestrictedCaseOnlyInItsOwnDiscussion() throws Exception {
    String holder = fixtures.agent(3, Set.of(), Role.AGENT);
    OpenedCase open = open(holder, "Caso comum", true);
    OpenedCase restricted = open(holder, "Caso restrito", true);
    clearances.level(restricted.id(), 2);

    as(holder, () -> links.relate(open.id(), restricted.number()));

    assertEquals(List.of(), clearances.discussionBodies(open.id(), "RELATION"));
    List<String> named = clearances.discussionBodies(restricted.id(), "RELATION");
    assertEquals(1, named.size());
    assertTrue(named.get(0).contains(open.number()));
    assertEquals(
        1,
        acting.as(holder, () -> links.related(open.id(), PageRequest.of(0, 10))).size(),
        "the relation itself is kept and listed to who may see both");
    String lowClearance = fixtures.agent(1, Set.of(), Role.AGENT);
    assertEquals(0, acting.as(lowClearance, () -> links.countRelated(open.id())));
  }

  @Test
  void customFieldsOfAMoreRestrictedCaseAreNotCopiedIntoALowerOne() throws Exception {
    String holder = fixtures.agent(3, Set.of(), Role.AGENT);
    OpenedCase target = open(holder, "Destino aberto", true);
    OpenedCase source = open(holder, "Origem restrita", true);
    clearances.level(source.id(), 2);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    holder,
                    () ->
                        customFields.copyFrom(
                            target.id(), version(holder, target.id()), source.number())));

    assertEquals("customFieldSource", refused.field());
    assertEquals("error.customField.sourceAboveLevel", refused.messageKey());
  }

  @Test
  void forwardingToAGroupEmailsOnlyTheMembersWhoseClearanceReachesTheLevel() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String forwarder = teams.agent(desk, "pt-BR", EnumSet.of(Permission.CASE_FORWARD), Role.AGENT);
    String cleared = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String uncleared = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    clearances.clear(forwarder, 2);
    clearances.clear(cleared, 2);
    clearances.clear(uncleared, 0);
    long group = teams.group(desk, cleared, uncleared);
    OpenedCase opened = open(forwarder, "Nível dois", true);
    clearances.level(opened.id(), 2);

    acting.as(
        forwarder,
        () ->
            forwarding.forwardToGroup(
                opened.id(), version(forwarder, opened.id()), group, "Especialistas"));

    List<String> recipients = clearances.outboxRecipients(opened.id());
    assertTrue(recipients.contains(cleared + "@acme.example"), recipients.toString());
    assertFalse(recipients.contains(uncleared + "@acme.example"), recipients.toString());
  }

  @Test
  void anEmailAboutACaseCopiesOnlyAgentsWhoMaySeeIt() throws Exception {
    String holder = fixtures.agent(3, Set.of(), Role.AGENT);
    String cleared = fixtures.agent(2, Set.of(), Role.AGENT);
    String uncleared = fixtures.agent(1, Set.of(), Role.AGENT);
    OpenedCase opened = open(holder, "Assunto restrito", true);
    clearances.level(opened.id(), 2);

    List<Long> offered =
        acting.as(holder, () -> caseEmail.agentsToCopy(opened.id())).stream()
            .map(AgentAddress::id)
            .toList();
    assertTrue(offered.contains(teams.agentId(cleared)));
    assertFalse(offered.contains(teams.agentId(uncleared)));
    InvalidInputException listed =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as(holder, () -> caseEmail.send(email(opened.id(), uncleared, null))));
    assertEquals("agentIds", listed.field());
    InvalidInputException typed =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    holder,
                    () -> caseEmail.send(email(opened.id(), null, uncleared + "@acme.example"))));
    assertEquals("otherAddresses", typed.field());
    assertFalse(clearances.outboxRecipients(opened.id()).contains(uncleared + "@acme.example"));

    assertEquals(1, acting.as(holder, () -> caseEmail.send(email(opened.id(), cleared, null))));
  }

  // Item 4: an exported queue never hands a spreadsheet a formula.

  // A leading tab or carriage return never reaches a subject (it is stripped when saved): the
  // unit test QueueExportTest covers those for every other exported value.
  @Test
  void anExportedSubjectWithALineBreakIsNeverAFormula() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    open(agent, "=HYPERLINK(\"http://evil.example\")\nnota", false);
    open(agent, "-1+1\r\n=2", false);

    String csv = acting.as(agent, () -> export.csv(null));

    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\nnota\","), csv);
    assertTrue(csv.contains(",\"'-1+1\r\n=2\","), csv);
    assertFalse(csv.contains(",=") || csv.contains(",\"="), csv);
  }

  // Item 5: an answer link is the client's alone.

  @Test
  void theOutboxShowsAnAdministratorNoUsableAnswerLink() throws Exception {
    long[] paulo = clearances.partyAndContact("Paulo Santos");
    OpenedCase opened =
        acting.as(
            "ana",
            () ->
                cases.open(
                    Openings.command(
                        cases.openingDefaults(),
                        paulo[0],
                        paulo[1],
                        "Solução com link",
                        "Pedido do cliente.",
                        Priority.NORMAL,
                        null,
                        true,
                        "PHONE",
                        ContactOrigin.CLIENT)));
    moveTo("ana", opened.id(), CaseStatus.NOTIFIED);
    long emailId = clearances.outboxEmail(opened.id(), "case-notified:");

    String shown = acting.as("admin", () -> outbox.text(emailId));

    assertTrue(shown.contains("token=" + SecretLinks.MASK), shown);
    assertFalse(Pattern.compile("token=[A-Za-z0-9_-]{20,}").matcher(shown).find(), shown);
  }

  // Item 6: long subjects end in a clear message or a shortened mail subject, never an error page.

  @Test
  void aReturnOfACaseWithATwoHundredCharacterSubjectIsEmailedWithAShortenedSubject()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String from = teams.agent(desk, "pt-BR", EnumSet.of(Permission.CASE_FORWARD), Role.AGENT);
    String to = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(from, "Assunto longo " + "x".repeat(186), true);
    acting.as(
        from,
        () ->
            forwarding.forwardToAgent(
                opened.id(), version(from, opened.id()), teams.agentId(to), "Sua vez"));

    acting.as(
        to, () -> forwarding.returnToForwarder(opened.id(), version(to, opened.id()), "Não é meu"));

    assertEquals(teams.agentId(from), teams.holderOf(opened.id()));
    List<String> subjects = clearances.outboxSubjects("case-forwarded:");
    assertTrue(
        subjects.stream().anyMatch(s -> s.contains(opened.number()) && s.endsWith("…")),
        subjects.toString());
    assertTrue(subjects.stream().allMatch(s -> s.length() <= 250));
  }

  @Test
  void aFaqQuestionOfThreeHundredCharactersIsEmailedAndALongerOneRefusedNamingTheField()
      throws Exception {
    String requester = fixtures.agent(1, Set.of(), Role.AGENT);
    String question = "Como " + "q".repeat(295);

    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    requester,
                    () ->
                        faq.request(
                            new RequestFaqCommand(null, question + "?", "<p>Resposta.</p>"))));
    assertEquals("question", tooLong.field());

    long entry =
        acting.as(
            requester,
            () -> faq.request(new RequestFaqCommand(null, question, "<p>Resposta.</p>")));
    as(
        "carla",
        () -> faq.approve(new ApproveFaqCommand(entry, clearances.faqVersion(entry), null, null)));

    List<String> subjects = clearances.outboxSubjects("faq-approved:" + entry);
    assertFalse(subjects.isEmpty());
    assertTrue(
        subjects.stream().allMatch(s -> s.length() <= 250 && s.endsWith("…")), subjects.toString());
  }

  private SendCaseEmailCommand email(long caseId, String agentLogin, String typed) {
    return new SendCaseEmailCommand(
        caseId,
        false,
        agentLogin == null ? List.of() : List.of(teams.agentId(agentLogin)),
        typed,
        EnumSet.of(CaseEmailPart.SUMMARY),
        List.of(),
        null);
  }

  private void assertWriteRefused(String login, Action write) {
    BusinessException refused = assertThrows(BusinessException.class, () -> as(login, write));
    assertEquals("error.write.notInHands", refused.messageKey());
  }

  private static LogTimeCommand timeEntry(long caseId) {
    return new LogTimeCommand(
        caseId,
        null,
        0,
        LocalDate.now().minusDays(1),
        LocalTime.of(9, 0),
        LocalTime.of(9, 30),
        Nature.REMOTE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Acesso remoto ao servidor do cliente",
        false);
  }

  private static AddNoteCommand note(long caseId) {
    return new AddNoteCommand(caseId, "<p>Anotação.</p>", true, false, List.of());
  }

  private long version(String login, long caseId) throws Exception {
    return acting.as(login, () -> forwarding.state(caseId).version());
  }

  private OpenedCase open(String login, String subject, boolean assignToMe) throws Exception {
    return openings.open(
        login, "Maria Oliveira", subject, "Pedido: " + subject, Priority.NORMAL, null, assignToMe);
  }

  private CaseDetails details(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId));
  }

  private void moveTo(String login, long caseId, CaseStatus status) throws Exception {
    acting.as(
        login,
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    caseId, forwarding.state(caseId).version(), status, null, null)));
  }

  private static EditCaseCommand editWith(CaseDetails details, long classificationId) {
    return new EditCaseCommand(
        details.id(),
        details.version(),
        details.subject(),
        details.request(),
        details.priority(),
        details.dueDate(),
        details.caseTypeId(),
        classificationId,
        null,
        null,
        null);
  }
}
