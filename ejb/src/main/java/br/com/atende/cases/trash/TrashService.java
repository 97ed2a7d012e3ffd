package br.com.atende.cases.trash;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Moving a case to the trash and back, and what the trash page lists (SPEC C10). Deleting needs the
 * CASE_DELETE permission; the trash is seen, and restored from, by agents with that permission and
 * by supervisors, always within the access rule. Both changes are audited.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class TrashService {

  private static final String TRASH_OF_VIEWER =
      " FROM Case c JOIN c.client.party p LEFT JOIN c.deletedBy d"
          + " WHERE c.company.id = :company AND "
          + AccessRule.TRASHED_JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Clock clock;

  /** Moves a case the viewer may see to the trash, in the version the viewer saw. */
  public void moveToTrash(long caseId, long expectedVersion) {
    Agent by = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, by);
    em.persist(supportCase.moveToTrash(by, access.hasOpenEscalations(supportCase), now()));
    access.flush();
  }

  /** Brings a case of the trash back, whole, within seven days of its deletion. */
  public void restore(long caseId) {
    Agent by = requireTrashReader();
    List<Case> found =
        CaseAccess.withAccessRule(
                em.createQuery(
                    "SELECT c FROM Case c WHERE c.id = :case AND c.company.id = :company AND "
                        + AccessRule.TRASHED_JPQL,
                    Case.class),
                by)
            .setParameter("case", caseId)
            .setParameter("company", by.getCompany().getId())
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException();
    }
    em.persist(found.get(0).restoreFromTrash(by, now()));
  }

  /** Whether the viewer may move cases to the trash: the case page's "Excluir" shows then. */
  public boolean mayDelete() {
    return agents.currentAgent().may(Permission.CASE_DELETE);
  }

  /** Whether the viewer may open the trash page. */
  public boolean mayReadTrash() {
    Agent viewer = agents.currentAgent();
    return viewer.may(Permission.CASE_DELETE) || viewer.holds(Role.SUPERVISOR);
  }

  /** The cases of the trash the viewer may see, most recently deleted first, one page. */
  public List<TrashedCase> page(PageRequest page) {
    Agent viewer = requireTrashReader();
    return CaseAccess.withAccessRule(
            em.createQuery(
                TrashedCase.SELECT + TRASH_OF_VIEWER + " ORDER BY c.deletedAt DESC, c.id DESC",
                TrashedCase.class),
            viewer)
        .setParameter("company", viewer.getCompany().getId())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many cases the trash holds for the viewer, capped like every count a page shows. */
  public CappedCount count() {
    Agent viewer = requireTrashReader();
    return CappedCount.count(
        CaseAccess.withAccessRule(
                em.createQuery("SELECT c.id" + TRASH_OF_VIEWER, Long.class), viewer)
            .setParameter("company", viewer.getCompany().getId()));
  }

  private Agent requireTrashReader() {
    Agent viewer = agents.currentAgent();
    if (!viewer.may(Permission.CASE_DELETE) && !viewer.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.trash.notPermitted", null);
    }
    return viewer;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
