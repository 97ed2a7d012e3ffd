package br.com.atende.timekeeping.report;

import br.com.atende.cluster.ServerInstances;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The report rows, each change in a transaction of its own: a report is committed before its job is
 * started (the job runs in another thread and must find it), and the execution id is recorded
 * after.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ReportLedger {

  @PersistenceContext private EntityManager em;

  /**
   * A new report of {@code month} for the company. The month's entries are counted once, here, for
   * the progress bar: a count bounded by one month of one company, which the job reads in full
   * anyway.
   */
  public long create(Agent by, long companyId, YearMonth month) {
    requireAllowed(by, companyId);
    Number estimated =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM time_entry te JOIN support_case c ON c.id = te.case_id"
                        + " WHERE c.company_id = ?1 AND te.start_at >= ?2 AND te.start_at < ?3"
                        + " AND c.deleted_at IS NULL")
                .setParameter(1, companyId)
                .setParameter(2, month.atDay(1).atStartOfDay())
                .setParameter(3, month.plusMonths(1).atDay(1).atStartOfDay())
                .getSingleResult();
    ConsumptionReport report =
        new ConsumptionReport(
            companyId, month, by.getId(), estimated.intValue(), LocalDateTime.now());
    em.persist(report);
    em.flush();
    return report.getId();
  }

  /**
   * Records the report's execution, run by this server instance. A native update of those columns
   * alone, leaving the version be (EclipseLink's JPQL update would raise it): the job is already
   * running and moving the report's position, and must not fail its chunk on this change.
   */
  public void startedAs(long reportId, long execution) {
    em.createNativeQuery(
            "UPDATE consumption_report SET job_execution_id = ?1, run_by = ?2 WHERE id = ?3")
        .setParameter(1, execution)
        .setParameter(2, ServerInstances.THIS)
        .setParameter(3, reportId)
        .executeUpdate();
  }

  /** The report, when {@code by} may read it: an administrator any, a supervisor its company's. */
  public ConsumptionReport readable(Agent by, long reportId) {
    ConsumptionReport report = em.find(ConsumptionReport.class, reportId);
    if (report == null) {
      throw new NotFoundException();
    }
    requireAllowed(by, report.getCompanyId());
    return report;
  }

  static void requireAllowed(Agent by, long companyId) {
    if (!by.holds(Role.ADMIN) && !by.getCompany().getId().equals(companyId)) {
      throw new BusinessException("error.report.otherCompany");
    }
  }

  public String companyName(long companyId) {
    Company company = em.find(Company.class, companyId);
    if (company == null) {
      throw new NotFoundException();
    }
    return company.getName();
  }
}
