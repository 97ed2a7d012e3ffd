package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.intake.EmailIntake;
import br.com.atende.cases.live.CaseChanged;
import br.com.atende.cases.live.LiveAudience;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.CommitTimeWrites;
import br.com.atende.it.support.HeardCaseChanges;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The announcements behind live updates: one per case and committed transaction, with the version
 * the commit wrote and who made the change, never for a refused change; and who may hear of them
 * (the access rule for a case page, the case's holder, department and group for queue tabs).
 */
@ExtendWith(ArquillianExtension.class)
class LiveChangesIT {

  /** Announcements are asynchronous; this is the most the pages may wait (issue 11: 5 s). */
  private static final Duration BOUND = Duration.ofSeconds(5);

  /** How long to listen for a second, unwanted announcement of the same change. */
  private static final Duration QUIET = Duration.ofMillis(1500);

  private static final Set<Permission> FORWARD = EnumSet.of(Permission.CASE_FORWARD);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject DiscussionService discussion;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject LiveAudience audience;

  @Inject HeardCaseChanges heard;

  @Inject CommitTimeWrites commitTimeWrites;

  @Inject EmailIntake intake;

  @Inject UserTransaction transaction;

  private long desk;
  private String holder;
  private String deskmate;

  @BeforeEach
  void team() {
    desk = teams.department(teams.company());
    holder = teams.agent(desk, "pt-BR", FORWARD, Role.AGENT);
    deskmate = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
  }

  @Test
  void openingACaseIsAnnouncedForTheQueuesOfItsDepartment() throws Exception {
    OpenedCase opened = open(false);

    CaseChanged change = only(heard.after(opened.id(), 0, BOUND, QUIET));
    assertEquals(teams.agentId(holder), change.changedById());
    assertEquals("Agente " + holder, change.changedByName());
    assertEquals(desk, change.departmentId());
    assertNull(change.holderId());
  }

  @Test
  void aNoteIsAnnouncedOnceAfterItsCommitNamingItsAuthor() throws Exception {
    OpenedCase opened = open(true);
    int seen = heard.after(opened.id(), 0, BOUND, QUIET).size();
    long version = version(opened.id());

    // The department's supervisor, not the holder: the page the holder works on hears of it.
    String supervisor =
        teams.agent(
            teams.departmentOf(opened.id()), "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    acting.as(
        supervisor,
        () -> {
          discussion.addNote(new AddNoteCommand(opened.id(), "Liguei para o cliente", true, false));
          return null;
        });

    CaseChanged change = only(heard.after(opened.id(), seen, BOUND, QUIET));
    assertEquals(teams.agentId(supervisor), change.changedById());
    assertEquals("Agente " + supervisor, change.changedByName());
    // A note leaves the case's version alone: the page the holder works on stays current.
    assertEquals(version, change.version());
  }

  @Test
  void aStatusChangeWritingTheCaseAndAnEntryIsAnnouncedOnceWithTheVersionItWrote()
      throws Exception {
    OpenedCase opened = open(true);
    int seen = heard.after(opened.id(), 0, BOUND, QUIET).size();
    long before = version(opened.id());

    changeStatus(opened.id(), before, CaseStatus.PAUSED);

    CaseChanged change = only(heard.after(opened.id(), seen, BOUND, QUIET));
    assertEquals(version(opened.id()), change.version());
    assertTrue(change.version() > before, change.toString());
    assertEquals("Agente " + holder, change.changedByName());
  }

  @Test
  void aChangeWrittenOnlyWhileCommittingIsAnnouncedToo() throws Exception {
    OpenedCase opened = open(true);
    int seen = heard.after(opened.id(), 0, BOUND, QUIET).size();

    commitTimeWrites.flagOverdue(opened.id());

    CaseChanged change = only(heard.after(opened.id(), seen, BOUND, QUIET));
    assertEquals(version(opened.id()), change.version());
  }

  @Test
  void aClientsEmailReplyIsAnnouncedAsTheClientsEvenToItsHolder() throws Exception {
    OpenedCase opened = open(true);
    int seen = heard.after(opened.id(), 0, BOUND, QUIET).size();

    transaction.begin();
    intake.appendClientReply(opened.id(), "maria@example.com", "Ainda não funciona");
    transaction.commit();

    CaseChanged change = only(heard.after(opened.id(), seen, BOUND, QUIET));
    // Recorded in the holder's name, but the holder did not write it: its page must hear of it.
    assertNull(change.changedById());
    assertNull(change.changedByName());
    assertFalse(change.madeBy(teams.agentId(holder)));
    assertEquals(teams.agentId(holder), change.holderId());
  }

  @Test
  void aRefusedChangeIsNeverAnnounced() throws Exception {
    OpenedCase opened = open(true);
    long stale = version(opened.id());
    changeStatus(opened.id(), stale, CaseStatus.PAUSED);
    int seen = heard.after(opened.id(), 0, BOUND, QUIET).size();

    assertThrows(
        ConcurrentChangeException.class,
        () -> changeStatus(opened.id(), stale, CaseStatus.PENDING));

    assertEquals(List.of(), heard.after(opened.id(), seen, QUIET, QUIET));
  }

  @Test
  void aForwardedCaseConcernsTheQueuesOfItsNewHolderAndItsDepartmentOnly() throws Exception {
    long elsewhere = teams.department(teams.company());
    String to = teams.agent(elsewhere, "pt-BR", Set.of(), Role.AGENT);
    String stranger = teams.agent(teams.department(teams.company()), "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(true);
    int seen = heard.after(opened.id(), 0, BOUND, QUIET).size();

    acting.as(
        holder,
        () -> {
          forwarding.forwardToAgent(
              opened.id(), version(opened.id()), teams.agentId(to), "Especialista");
          return null;
        });

    CaseChanged change = only(heard.after(opened.id(), seen, BOUND, QUIET));
    assertEquals(teams.agentId(to), change.holderId());
    assertEquals(
        Set.of(teams.agentId(to), teams.agentId(deskmate), teams.agentId(holder)),
        audience.queuesConcerned(
            change,
            Set.of(
                teams.agentId(to),
                teams.agentId(deskmate),
                teams.agentId(holder),
                teams.agentId(stranger))));
  }

  @Test
  void onlyAgentsWhoMaySeeTheCaseHearOfItsChanges() throws Exception {
    String stranger = teams.agent(teams.department(teams.company()), "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(true);

    assertEquals(
        Set.of(teams.agentId(deskmate)),
        audience.mayStillSee(
            opened.id(), Set.of(teams.agentId(deskmate), teams.agentId(stranger))));
    assertTrue(acting.as(stranger, () -> audience.viewerOf(opened.id())).isEmpty());
    assertEquals(
        teams.agentId(deskmate), acting.as(deskmate, () -> audience.viewerOf(opened.id())).get());
  }

  private OpenedCase open(boolean assignToMe) throws Exception {
    return openings.open(
        holder, "Maria Oliveira", "Ao vivo", "Pedido ao vivo", Priority.NORMAL, null, assignToMe);
  }

  private long version(long caseId) throws Exception {
    return acting.as(holder, () -> forwarding.state(caseId).version());
  }

  private void changeStatus(long caseId, long version, CaseStatus status) throws Exception {
    acting.as(
        holder,
        () -> {
          statuses.changeStatus(new ChangeStatusCommand(caseId, version, status, null, null));
          return null;
        });
  }

  private static CaseChanged only(List<CaseChanged> changes) {
    assertEquals(1, changes.size(), changes.toString());
    return changes.get(0);
  }
}
