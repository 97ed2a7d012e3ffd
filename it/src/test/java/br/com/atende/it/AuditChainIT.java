package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.audit.AuditSeal;
import br.com.atende.cases.audit.AuditTrailCheck;
import br.com.atende.cases.audit.ChainBreak;
import br.com.atende.cases.audit.TrailVerification;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.trash.CaseRemoval;
import br.com.atende.cases.trash.TrashPurge;
import br.com.atende.cases.trash.TrashService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.AuditRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.it.support.TrashRows;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Database;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is tamper-evident (issue 13): its rows are sealed into a SHA-256 chain after they
 * commit; a row altered by SQL afterwards is named exactly by the verification; a purge adds a
 * tombstone that joins the chain instead of breaking it; on PostgreSQL the table refuses UPDATE and
 * DELETE to the application. The trail is shared by every test, so each test checks its own case's
 * rows and puts back what it altered.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject Openings openings;

  @Inject AuditRows audit;

  @Inject TrashRows trashRows;

  @Inject AuditSeal seal;

  @Inject AuditTrailCheck check;

  @Inject TrashService trash;

  @Inject TrashPurge purge;

  @Inject CaseService cases;

  @Inject Database database;

  @Test
  void aRowAlteredBySqlAfterItsSealIsNamedExactlyByTheVerification() throws Exception {
    Desk desk = desk();
    OpenedCase opened = open(desk);
    // Few identities: each runAs checks a bcrypt password, the cost of this test.
    acting.as(
        desk.agent(),
        () -> {
          trash.moveToTrash(opened.id(), cases.details(opened.id()).version());
          return null;
        });
    acting.as(
        desk.supervisor(),
        () -> {
          trash.restore(opened.id());
          assertThrows(EJBAccessException.class, check::verify, "administrators only");
          return null;
        });
    seal.sealPending();
    List<Object[]> rows = deletions(opened.id());
    assertEquals(2, rows.size(), "deleted, then restored");
    rows.forEach(row -> assertNotNull(row[2], "row " + row[0] + " is sealed"));

    acting.as(
        "admin",
        () -> {
          assertTrue(check.verify().holds(), "the trail holds before anyone touches it");
          long altered = ((Number) rows.get(0)[0]).longValue();
          String original = (String) rows.get(0)[1];
          audit.rewrite(altered, "Outra pessoa");
          try {
            ChainBreak broken = check.verify().firstBreak();
            assertNotNull(broken, "the altered row breaks the trail");
            assertEquals(altered, broken.auditId());
            assertEquals(opened.number(), broken.caseNumber());
            assertEquals("deleted", broken.field());
            assertNotNull(broken.changedAt());
            assertEquals(ChainBreak.Reason.ALTERED, broken.reason());
            assertEquals(altered, check.last().firstBreak().auditId(), "the break is kept");
          } finally {
            audit.rewrite(altered, original);
          }
          assertTrue(check.verify().holds(), "the row put back as sealed holds again");

          String page =
              AgentOverHttp.loggedInAs("admin", "admin/audit-trail.xhtml")
                  .get("admin/audit-trail.xhtml");
          assertTrue(
              page.contains(check.last().headHash()), "the page shows the last verification");

          if (database.isPostgreSQL()) {
            long sealed = ((Number) rows.get(1)[0]).longValue();
            assertThrows(Exception.class, () -> audit.update(sealed, "Outra pessoa"), "UPDATE");
            assertThrows(Exception.class, () -> audit.reseal(sealed), "a second seal");
            assertThrows(Exception.class, () -> audit.delete(sealed), "DELETE");
            assertEquals(2, deletions(opened.id()).size());
            assertTrue(check.verify().holds());
          }
          return null;
        });
  }

  @Test
  void aPurgedCaseLeavesATombstoneThatJoinsTheChainWithoutBreakingIt() throws Exception {
    Desk desk = desk();
    OpenedCase opened = open(desk);
    acting.as(
        desk.agent(),
        () -> {
          trash.moveToTrash(opened.id(), cases.details(opened.id()).version());
          return null;
        });
    seal.sealPending();
    trashRows.deletedDaysAgo(opened.id(), 8);

    TrailVerification found =
        acting.as(
            "admin",
            () -> {
              assertEquals(BatchStatus.COMPLETED, awaitEnd(purge.start(LocalDateTime.now())));
              seal.sealPending();
              return check.verify();
            });

    List<Object[]> all = audit.of(opened.id());
    List<Object[]> rows = all.subList(all.size() - 2, all.size());
    assertEquals(List.of("deleted", CaseRemoval.TOMBSTONE), rows.stream().map(r -> r[3]).toList());
    rows.forEach(row -> assertNotNull(row[2], "row " + row[0] + " is sealed"));
    assertTrue(
        ((Number) rows.get(1)[2]).longValue() > ((Number) rows.get(0)[2]).longValue(),
        "the tombstone comes after the deletion in the chain");
    assertNull(found.firstBreak(), "the purge left the trail whole");
    assertTrue(found.checked() >= 2);
  }

  /** The case's audit rows of its deletion and restoration. */
  private List<Object[]> deletions(long caseId) {
    return audit.of(caseId).stream().filter(row -> "deleted".equals(row[3])).toList();
  }

  private Desk desk() {
    String company = teams.company();
    long department = teams.department(company);
    return new Desk(
        teams.agent(department, "pt-BR", EnumSet.of(Permission.CASE_DELETE), Role.AGENT),
        teams.agent(department, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR));
  }

  private record Desk(String agent, String supervisor) {}

  private OpenedCase open(Desk desk) throws Exception {
    String subject = "Trilha " + UUID.randomUUID().toString().substring(0, 8);
    return openings.open(
        desk.agent(), "Maria", subject, "Pedido: " + subject, Priority.NORMAL, null, true);
  }
}
