package br.com.atende.queue.bulk;

import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The bulk action rows, each change in a transaction of its own: an action and its cases are
 * committed before its job starts (the job runs in another thread and must find them), the
 * execution id is recorded after.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class BulkActionLedger {

  /** Case rows per INSERT statement: one statement per 500 cases, not one per case. */
  private static final int ROWS_PER_INSERT = 500;

  @PersistenceContext private EntityManager em;

  @EJB private AgentDirectory agents;

  /** Records the action, started by the calling agent, and its cases, all still to do. */
  public long create(StartBulkActionCommand command, List<Long> caseIds) {
    long agentId = agents.currentAgent().getId();
    BulkAction action = new BulkAction(command, agentId, caseIds.size(), LocalDateTime.now());
    em.persist(action);
    em.flush();
    for (int from = 0; from < caseIds.size(); from += ROWS_PER_INSERT) {
      List<Long> slice = caseIds.subList(from, Math.min(caseIds.size(), from + ROWS_PER_INSERT));
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < slice.size(); i++) {
        values.append(i == 0 ? "" : ", ").append("(?1, ?").append(i + 2).append(')');
      }
      Query insert =
          em.createNativeQuery(
                  "INSERT INTO bulk_action_case (bulk_action_id, case_id) VALUES " + values)
              .setParameter(1, action.getId());
      for (int i = 0; i < slice.size(); i++) {
        insert.setParameter(i + 2, slice.get(i));
      }
      insert.executeUpdate();
    }
    return action.getId();
  }

  /** Records the action's (new) job execution; only the agent who started it may. */
  public void startedAs(long actionId, long execution) {
    em.createQuery(
            "UPDATE BulkAction b SET b.jobExecutionId = :execution WHERE b.id = :id"
                + " AND b.startedById = :agent")
        .setParameter("execution", execution)
        .setParameter("id", actionId)
        .setParameter("agent", agents.currentAgent().getId())
        .executeUpdate();
  }
}
