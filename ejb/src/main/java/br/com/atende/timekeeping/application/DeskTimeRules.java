package br.com.atende.timekeeping.application;

import br.com.atende.cases.application.ConclusionRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.shared.BusinessException;
import br.com.atende.timekeeping.model.DeskSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * A desk's time-entry settings as the rules read them, within the caller's transaction; and the
 * rule "a case of this desk needs an entry before it is concluded" (seed 000, SPEC C3).
 */
@Dependent
public class DeskTimeRules implements ConclusionRule {

  /** The states that conclude a case (solved, told to the client, confirmed by it). */
  private static final Set<CaseStatus> CONCLUDING =
      EnumSet.of(CaseStatus.SOLVED, CaseStatus.NOTIFIED, CaseStatus.CONFIRMED);

  @PersistenceContext private EntityManager em;

  /** The desk's settings; the defaults when the administrator never set them. */
  public DeskSettings of(long departmentId) {
    DeskSettings settings = em.find(DeskSettings.class, departmentId);
    return settings == null ? DeskSettings.defaults(departmentId) : settings;
  }

  /**
   * Refuses concluding a case of a desk that requires a time entry when the case has none, naming
   * the rule.
   */
  @Override
  public void check(Case supportCase, CaseStatus target) {
    if (!CONCLUDING.contains(target)
        || !of(supportCase.getDepartment().getId()).isEntryRequired()
        || hasEntry(supportCase.getId())) {
      return;
    }
    throw new BusinessException("error.time.entryRequired", "status");
  }

  private boolean hasEntry(long caseId) {
    return !em.createQuery("SELECT e.id FROM TimeEntry e WHERE e.caseId = :case", Long.class)
        .setParameter("case", caseId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
