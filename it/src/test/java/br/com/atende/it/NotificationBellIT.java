package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.account.application.MyAccount;
import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EscalateCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.bell.BellItem;
import br.com.atende.cases.bell.BellService;
import br.com.atende.cases.bell.NotificationKind;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentMail;
import br.com.atende.it.support.BellRows;
import br.com.atende.it.support.ClientReplies;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.PresenceRows;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.presence.Availability;
import br.com.atende.presence.PresenceService;
import br.com.atende.settings.SystemSettings;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification bell (issue 15, seed 004 §4.6): each event tells the right agent once, in the
 * event's transaction, and never the agent who caused it; a mention tells only an agent who may see
 * the case; the header's count is capped; an agent reads and marks its own notifications only. The
 * language an agent chooses is its own and its emails'; its availability is its choice, and away
 * once idle. A demo agent's bell is read for the test's case only (the suite tells it of others);
 * an agent whose whole bell is counted, or whose language changes, is the test's own.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationBellIT {

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

  private static final String ANA = "ana";

  private static final String BRUNO = "bruno";

  private static final String CARLA = "carla";

  @Inject ActingAgent acting;

  @Inject Fixtures fixtures;

  @Inject Teams teams;

  @Inject Openings openings;

  @Inject ClientReplies clientReplies;

  @Inject BellRows bellRows;

  @Inject BellService bell;

  @Inject CaseService cases;

  @Inject ForwardingService forwarding;

  @Inject DiscussionService discussion;

  @Inject CaseStatusService statuses;

  @Inject CaseLinkService links;

  @Inject MyAccount myAccount;

  @Inject AgentMail agentMail;

  @Inject PresenceService presence;

  @Inject PresenceRows presenceRows;

  @Inject SystemSettings settings;

  @Test
  void aForwardAClientReplyAndAMentionEachTellTheirAgentOnceAndNeverTheOneWhoActed()
      throws Exception {
    // The receiver is the test's own; the others are the demo's Suporte: Ana (clearance 1),
    // Carla (its supervisor, 3) and Bruno (0). Their bells are read for this case only.
    String receiver = agent(1);
    OpenedCase opened = openHeldBy(ANA, "Sino repassado");

    long version = version(ANA, opened.id());
    acting.as(
        ANA,
        () -> forwarding.forwardToAgent(opened.id(), version, teams.agentId(receiver), "Contigo"));
    List<BellItem> received = notificationsOf(receiver, opened.id());
    assertEquals(1, received.size());
    assertEquals(NotificationKind.HANDED_OVER, received.get(0).kind());
    assertEquals("Ana Souza", received.get(0).actorName());
    assertEquals(List.of(), notificationsOf(ANA, opened.id()), "who forwarded is not told");

    clientReplies.reply(opened.id(), "cliente@example.com", "Segue o número de série.");
    assertEquals(
        List.of(NotificationKind.CLIENT_REPLY, NotificationKind.HANDED_OVER),
        kinds(notificationsOf(receiver, opened.id())));

    // Bruno's clearance does not reach the case: mentioning him tells nobody.
    long seen = version(CARLA, opened.id());
    acting.as(CARLA, () -> cases.changeAccessLevel(opened.id(), seen, 1));
    acting.as(
        receiver,
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  opened.id(),
                  "<p>@carla, veja; @bruno e @"
                      + receiver
                      + " também; escreva para x@ana.example</p>",
                  true,
                  false));
          return null;
        });
    assertEquals(
        List.of(NotificationKind.MENTION),
        kinds(notificationsOf(CARLA, opened.id())),
        "one mention, told once");
    assertEquals(List.of(), notificationsOf(BRUNO, opened.id()), "may not see the case");
    assertEquals(List.of(), notificationsOf(ANA, opened.id()), "an email address mentions nobody");
    assertEquals(2, notificationsOf(receiver, opened.id()).size(), "its own mention tells nobody");
  }

  @Test
  void aReplyOnAnEscalationChildAndItsConclusionTellTheParentsHolder() throws Exception {
    OpenedCase parent = openHeldBy(ANA, "Sino escalonado");
    long billing =
        acting.as(ANA, () -> links.escalationDepartments(parent.id())).stream()
            .filter(choice -> choice.name().equals("Financeiro"))
            .findFirst()
            .orElseThrow()
            .id();
    OpenedCase child =
        acting.as(
            ANA,
            () ->
                links.escalate(
                    new EscalateCommand(
                        parent.id(), billing, "Estorno", "Estornar o boleto.", Priority.LOW)));

    move("diego", child.id(), CaseStatus.IN_PROGRESS);
    acting.as(
        "diego",
        () -> {
          discussion.addNote(new AddNoteCommand(child.id(), "<p>Estorno pedido.</p>", true, false));
          return null;
        });
    move("diego", child.id(), CaseStatus.NOTIFIED);

    List<BellItem> told = notificationsOf(ANA, parent.id());
    assertEquals(
        List.of(NotificationKind.ESCALATION_CONCLUDED, NotificationKind.ESCALATION_REPLY),
        kinds(told));
    assertTrue(told.stream().allMatch(item -> item.actorName().equals("Diego Rocha")));
    assertEquals(List.of(), notificationsOf("diego", child.id()), "who wrote is not told");
  }

  @Test
  void theUnreadCountIsCappedAndAnAgentMarksOnlyItsOwnNotificationsRead() throws Exception {
    String owner = agent(1);
    String other = BRUNO;
    OpenedCase opened = openHeldBy(owner, "Sino contado");
    bellRows.mentions(teams.agentId(owner), opened.id(), BellService.UNREAD_CAP + 1);

    CappedCount unread = acting.as(owner, () -> bell.unread());
    assertEquals("99+", unread.label());

    long first = notificationsOf(owner).get(0).id();
    assertThrows(NotFoundException.class, () -> acting.as(other, () -> bell.open(first)));
    assertThrows(
        NotFoundException.class,
        () ->
            acting.as(
                other,
                () -> {
                  bell.markRead(first);
                  return null;
                }));
    assertEquals(List.of(), notificationsOf(other, opened.id()), "nor listed to another agent");
    assertEquals("99+", acting.as(owner, () -> bell.unread()).label(), "still unread");

    assertEquals(opened.id(), acting.as(owner, () -> bell.open(first)));
    assertEquals("99", acting.as(owner, () -> bell.unread()).label());
    assertEquals(BellService.UNREAD_CAP, acting.as(owner, () -> bell.markAllRead()));
    assertEquals("0", acting.as(owner, () -> bell.unread()).label());
    assertEquals(BellService.UNREAD_CAP + 1, acting.as(owner, () -> bell.countNotifications()));
  }

  @Test
  void theLanguageAnAgentChoosesIsSavedOnItAndWritesItsEmails() throws Exception {
    String forwarder = ANA;
    String reader = agent(1);
    OpenedCase opened = openHeldBy(forwarder, "Sino em inglês");

    acting.as(
        reader,
        () -> {
          myAccount.changeLanguage("en");
          return null;
        });
    assertEquals("en", acting.as(reader, () -> myAccount.language()));
    BusinessException unknown =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    reader,
                    () -> {
                      myAccount.changeLanguage("klingon");
                      return null;
                    }));
    assertEquals("language", unknown.field());

    long version = version(forwarder, opened.id());
    acting.as(
        forwarder,
        () -> forwarding.forwardToAgent(opened.id(), version, teams.agentId(reader), "Contigo"));
    List<String> subjects = agentMail.subjectsTo(reader + "@acme.example", opened.id());
    assertEquals(1, subjects.size());
    assertTrue(subjects.get(0).startsWith("[Case " + opened.number() + "] Forwarded to you"));
  }

  @Test
  void anAgentsAvailabilityIsWhatItChoseAndAwayOnceIdleForTheSettingsTime() throws Exception {
    String agent = agent(1);
    List<Long> it = List.of(teams.agentId(agent));
    assertEquals(Map.of(it.get(0), Availability.AWAY), acting.as(ANA, () -> presence.of(it)));

    assertEquals(Availability.AVAILABLE, acting.as(agent, () -> presence.checkIn()));
    assertEquals(Availability.AVAILABLE, acting.as(ANA, () -> presence.of(it)).get(it.get(0)));
    acting.as(
        agent,
        () -> {
          presence.choose(Availability.IN_MEETING);
          return null;
        });
    assertEquals(Availability.IN_MEETING, acting.as(ANA, () -> presence.of(it)).get(it.get(0)));

    acting.as(
        agent,
        () -> {
          presence.choose(Availability.AVAILABLE);
          return null;
        });
    // Nine hours: longer than any idle time the setting allows (at most eight), whatever it is now.
    presenceRows.lastSeenHoursAgo(it.get(0), 9);
    assertEquals(Availability.AWAY, acting.as(ANA, () -> presence.of(it)).get(it.get(0)));
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    "admin",
                    () -> {
                      settings.changeIdleMinutes(0);
                      return null;
                    }));
    assertEquals("idleMinutes", refused.field());
  }

  private String agent(int clearance) {
    return fixtures.agent(clearance, EnumSet.allOf(Permission.class), Role.AGENT);
  }

  private OpenedCase openHeldBy(String login, String subject) throws Exception {
    return openings.open(login, "Maria", subject, "Pedido.", Priority.NORMAL, null, true);
  }

  private long version(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId)).version();
  }

  private void move(String login, long caseId, CaseStatus target) throws Exception {
    long version = version(login, caseId);
    acting.as(
        login,
        () -> statuses.changeStatus(new ChangeStatusCommand(caseId, version, target, null, null)));
  }

  private List<BellItem> notificationsOf(String login) throws Exception {
    return acting.as(login, () -> bell.notifications(FIRST_PAGE));
  }

  /**
   * The agent's notifications of one case: the newest, as the suite tells demo agents of others.
   */
  private List<BellItem> notificationsOf(String login, long caseId) throws Exception {
    return notificationsOf(login).stream().filter(item -> item.caseId() == caseId).toList();
  }

  private static List<NotificationKind> kinds(List<BellItem> items) {
    return items.stream().map(BellItem::kind).toList();
  }
}
