package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.ForwardingItem;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.TransferCommand;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ForwardingKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.ClientReplies;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.queue.application.QueueTabCount;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forwarding, return, link, transfer and the queue tabs (SPEC C5), each test in a department of its
 * own; the forwarding email is read back from a real SMTP server (GreenMail on -Dit.smtp.port).
 */
@ExtendWith(ArquillianExtension.class)
class ForwardingIT {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(40);
  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);
  private static final Set<Permission> FORWARD = EnumSet.of(Permission.CASE_FORWARD);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject CaseService cases;

  @Inject ForwardingService forwarding;

  @Inject QueueService queues;

  @Inject DiscussionService discussion;

  @Inject CaseStatusService statusService;

  @Inject ClientReplies clientReplies;

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
  void forwardingToAnAgentRecordsHistoryAndDiscussionAndEmailsTheNewHolderInItsLanguage()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String from = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    String to = teams.agent(desk, "en", Set.of(), Role.AGENT);
    OpenedCase opened = open(from, "Impressora fiscal", true);

    acting.as(
        from,
        () ->
            forwarding.forwardToAgent(
                opened.id(), version(from, opened.id()), teams.agentId(to), "Especialista em ECF"));

    assertEquals(teams.agentId(to), teams.holderOf(opened.id()));
    List<ForwardingItem> history = acting.as(to, () -> forwarding.history(opened.id(), FIRST_PAGE));
    assertEquals(1, history.size());
    ForwardingItem row = history.get(0);
    assertEquals(ForwardingKind.FORWARD, row.kind());
    assertEquals("Agente " + from, row.fromName());
    assertEquals("Agente " + to, row.toName());
    assertEquals("Especialista em ECF", row.reason());
    assertNull(row.stepId());
    assertEquals(1, teams.discussionEntries(opened.id(), "FORWARD"));

    MimeMessage email = awaitEmail(to + "@acme.example", opened.number());
    assertEquals(
        "[Case " + opened.number() + "] Forwarded to you: Impressora fiscal", email.getSubject());
    assertTrue(((String) textOf(email)).contains("Especialista em ECF"));
  }

  @Test
  void forwardingToAGroupLeavesNoHolderQueuesForEveryMemberAndEmailsEachOfThem() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String from = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    String first = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    long otherDesk = teams.department(teams.company());
    String second = teams.agent(otherDesk, "en", Set.of(), Role.AGENT);
    long group = teams.group(desk, first, second);
    OpenedCase opened = open(from, "Visita ao cliente", true);

    acting.as(
        from,
        () -> forwarding.forwardToGroup(opened.id(), version(from, opened.id()), group, "Visita"));

    assertNull(teams.holderOf(opened.id()));
    assertEquals(1, count(first, QueueTab.NEW));
    assertEquals(1, count(second, QueueTab.NEW));
    assertEquals(
        "[Atendimento " + opened.number() + "] Repassado a você: Visita ao cliente",
        awaitEmail(first + "@acme.example", opened.number()).getSubject());
    assertEquals(
        "[Case " + opened.number() + "] Forwarded to you: Visita ao cliente",
        awaitEmail(second + "@acme.example", opened.number()).getSubject());

    // A member of another company takes it from the group and sees the case as its holder.
    acting.as(second, () -> forwarding.link(opened.id(), version(second, opened.id())));
    assertEquals(teams.agentId(second), teams.holderOf(opened.id()));
    assertEquals(0, count(first, QueueTab.NEW));
    assertEquals(1, count(second, QueueTab.MINE_NEW));
  }

  @Test
  void theHolderReturnsWithoutForwardPermissionButOnlyWithAJustification() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String from = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    String to = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(from, "Boleto duplicado", true);
    acting.as(
        from,
        () ->
            forwarding.forwardToAgent(
                opened.id(), version(from, opened.id()), teams.agentId(to), "Cobrança"));

    InvalidInputException blank =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    to,
                    () ->
                        forwarding.returnToForwarder(opened.id(), version(to, opened.id()), " ")));
    assertEquals("justification", blank.field());
    assertEquals(teams.agentId(to), teams.holderOf(opened.id()));
    BusinessException noPermission =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    to,
                    () ->
                        forwarding.forwardToAgent(
                            opened.id(), version(to, opened.id()), teams.agentId(from), "x")));
    assertEquals("error.forward.notPermitted", noPermission.messageKey());

    acting.as(
        to,
        () ->
            forwarding.returnToForwarder(
                opened.id(), version(to, opened.id()), "Não é cobrança, é fiscal"));

    assertEquals(teams.agentId(from), teams.holderOf(opened.id()));
    ForwardingItem last = acting.as(from, () -> forwarding.history(opened.id(), FIRST_PAGE)).get(0);
    assertEquals(ForwardingKind.RETURN, last.kind());
    assertEquals("Não é cobrança, é fiscal", last.reason());
    assertEquals(
        "[Atendimento " + opened.number() + "] Repassado de volta a você: Boleto duplicado",
        awaitEmail(from + "@acme.example", opened.number()).getSubject());
  }

  @Test
  void anAgentLinksOnlyAnUnheldCaseOfItsOwnDepartment() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String outsider = teams.agent(teams.department(company), "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(opener, "Sem responsável", false);

    BusinessException notMine =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    outsider, () -> forwarding.link(opened.id(), version(opener, opened.id()))));
    assertEquals("error.link.notYourQueue", notMine.messageKey());

    acting.as(colleague, () -> forwarding.link(opened.id(), version(colleague, opened.id())));
    assertEquals(teams.agentId(colleague), teams.holderOf(opened.id()));
    assertEquals(
        "IN_PROGRESS", acting.as(colleague, () -> cases.details(opened.id()).status().name()));

    BusinessException held =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    opener, () -> forwarding.link(opened.id(), version(opener, opened.id()))));
    assertEquals("error.link.held", held.messageKey());
    List<Long> targets = teams.forwardingTargets(opened.id());
    assertEquals(List.of(teams.agentId(colleague)), targets);
  }

  @Test
  void aForwardOnACaseChangedMeanwhileIsRefusedAsAConcurrentChange() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String from = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    String to = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(from, "Dois ao mesmo tempo", false);
    long seen = version(from, opened.id());
    acting.as(to, () -> forwarding.link(opened.id(), seen));

    assertThrows(
        ConcurrentChangeException.class,
        () ->
            acting.as(
                from,
                () -> forwarding.forwardToAgent(opened.id(), seen, teams.agentId(to), "tarde")));
    assertEquals(1, teams.forwardingTargets(opened.id()).size());
  }

  @Test
  void aSupervisorTransfersManyCasesAllOrNone() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long target = teams.department(company);
    String supervisor =
        teams.agent(
            desk,
            "pt-BR",
            EnumSet.of(Permission.CASE_TRANSFER, Permission.CASE_FORWARD),
            Role.AGENT,
            Role.SUPERVISOR);
    String receiver = teams.agent(target, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase first = open(supervisor, "Transferir 1", true);
    OpenedCase second = open(supervisor, "Transferir 2", false);
    OpenedCase closed = open(supervisor, "Já cancelado", true);
    cancel(supervisor, closed.id());

    assertThrows(
        BusinessException.class,
        () ->
            acting.as(
                supervisor,
                () ->
                    forwarding.transfer(
                        new TransferCommand(
                            List.of(first.id(), second.id(), closed.id()),
                            target,
                            teams.agentId(receiver),
                            null))));
    assertEquals(desk, teams.departmentOf(first.id()));
    assertEquals(desk, teams.departmentOf(second.id()));
    assertTrue(teams.forwardingTargets(first.id()).isEmpty());

    int moved =
        acting.as(
            supervisor,
            () ->
                forwarding.transfer(
                    new TransferCommand(
                        List.of(first.id(), second.id()),
                        target,
                        teams.agentId(receiver),
                        "Outra mesa")));

    assertEquals(2, moved);
    for (OpenedCase transferred : List.of(first, second)) {
      assertEquals(target, teams.departmentOf(transferred.id()));
      assertEquals(teams.agentId(receiver), teams.holderOf(transferred.id()));
      assertEquals(List.of(teams.agentId(receiver)), teams.forwardingTargets(transferred.id()));
    }
    assertEquals(2, count(receiver, QueueTab.MINE_NEW));
    BusinessException noPermission =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    receiver,
                    () ->
                        forwarding.transfer(
                            new TransferCommand(List.of(first.id()), desk, null, null))));
    assertEquals("error.transfer.notPermitted", noPermission.messageKey());
  }

  @Test
  void theQueueTabsPartTheCasesAndCountThem() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    String supervisor = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT, Role.SUPERVISOR);
    open(agent, "Novo 1", false);
    open(agent, "Novo 2", false);
    OpenedCase linkedOnly = open(agent, "Recém-vinculado", true);
    OpenedCase replied = open(agent, "Respondido", true);
    OpenedCase answered = open(agent, "Cliente respondeu", true);
    for (OpenedCase c : List.of(replied, answered)) {
      acting.as(
          agent,
          () -> {
            discussion.addNote(
                new AddNoteCommand(c.id(), "<p>Olá, estamos vendo.</p>", false, false, List.of()));
            return null;
          });
    }
    clientReplies.reply(answered.id(), "maria@cliente.example", "Obrigada, aguardo.");

    Map<QueueTab, Long> mine = counts(agent);
    assertEquals(2, mine.get(QueueTab.NEW));
    assertEquals(1, mine.get(QueueTab.MINE_NEW));
    assertEquals(1, mine.get(QueueTab.MINE_ANSWERED));
    assertEquals(1, mine.get(QueueTab.MINE_OPEN));
    assertFalse(mine.containsKey(QueueTab.TEAM_OPEN));
    assertEquals(
        List.of("Cliente respondeu"),
        acting.as(agent, () -> queues.page(QueueTab.MINE_ANSWERED, FIRST_PAGE)).stream()
            .map(r -> r.subject())
            .toList());
    assertEquals(
        List.of("Recém-vinculado"),
        acting.as(agent, () -> queues.page(QueueTab.MINE_NEW, FIRST_PAGE)).stream()
            .map(r -> r.subject())
            .toList());

    Map<QueueTab, Long> team = counts(supervisor);
    assertEquals(1, team.get(QueueTab.TEAM_OPEN));
    assertEquals(2, team.get(QueueTab.TEAM_AWAITING));
    assertEquals(0, team.get(QueueTab.MINE_OPEN));
    BusinessException teamOnly =
        assertThrows(
            BusinessException.class,
            () -> acting.as(agent, () -> queues.page(QueueTab.TEAM_OPEN, FIRST_PAGE)));
    assertEquals("error.queue.teamOnly", teamOnly.messageKey());

    // The agent's reply takes the case back to "open".
    acting.as(
        agent,
        () -> {
          discussion.addNote(
              new AddNoteCommand(answered.id(), "<p>Resolvido?</p>", false, false, List.of()));
          return null;
        });
    assertEquals(0, counts(agent).get(QueueTab.MINE_ANSWERED));
    assertEquals(2, counts(agent).get(QueueTab.MINE_OPEN));
    assertEquals(1, counts(agent).get(QueueTab.MINE_NEW));
    assertTrue(linkedOnly.id() > 0);
  }

  private OpenedCase open(String login, String subject, boolean assignToMe) throws Exception {
    return openings.open(
        login, "Maria Oliveira", subject, "Pedido: " + subject, Priority.NORMAL, null, assignToMe);
  }

  private long version(String login, long caseId) throws Exception {
    return acting.as(login, () -> forwarding.state(caseId).version());
  }

  private void cancel(String login, long caseId) throws Exception {
    acting.as(
        login,
        () -> {
          statusService.changeStatus(
              new ChangeStatusCommand(
                  caseId, version(login, caseId), CaseStatus.CANCELLED, null, null));
          return null;
        });
  }

  private long count(String login, QueueTab tab) throws Exception {
    return counts(login).get(tab);
  }

  private Map<QueueTab, Long> counts(String login) throws Exception {
    return acting.as(login, () -> queues.tabs()).stream()
        .collect(Collectors.toMap(QueueTabCount::tab, QueueTabCount::count));
  }

  /** Waits for the email to this address about the case; others are ignored. */
  private MimeMessage awaitEmail(String recipient, String caseNumber) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      MimeMessage found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> subjectOf(m).contains(caseNumber) && to(m).equals(recipient))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email to " + recipient + " about " + caseNumber);
  }

  private static Object textOf(MimeMessage message) throws Exception {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    return parts.getBodyPart(0).getContent();
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
