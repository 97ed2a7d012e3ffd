package br.com.atende.cases.trash;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Trash;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which cases a purge run removes at its {@code asOf} time: those in the trash for more than {@link
 * Trash#RETENTION}, and, of each company with a retention setting ({@code
 * company.retention_years}), the concluded cases closed more than that many years before. Read once
 * when the run's reader and writer open, so one run applies one rule throughout (a restart reads
 * the settings again).
 *
 * @param deletedBefore the trash's limit
 * @param closedBefore per company with a retention, the closing time before which its concluded
 *     cases go
 */
public record PurgeRule(LocalDateTime deletedBefore, List<CompanyLimit> closedBefore) {

  /** A company's limit: its concluded cases closed before {@code before} are purged. */
  public record CompanyLimit(long companyId, LocalDateTime before) {}

  /** The concluded states: the case was closed ({@code closed_at}) and not reopened since. */
  static final List<String> CONCLUDED =
      List.of(CaseStatus.NOTIFIED.name(), CaseStatus.CONFIRMED.name());

  /** The rule at {@code asOf}, reading the companies' retention settings. */
  static PurgeRule at(EntityManager em, LocalDateTime asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, retention_years FROM company WHERE retention_years IS NOT NULL"
                    + " ORDER BY id")
            .getResultList();
    List<CompanyLimit> limits = new ArrayList<>();
    for (Object[] row : rows) {
      limits.add(
          new CompanyLimit(
              ((Number) row[0]).longValue(), asOf.minusYears(((Number) row[1]).intValue())));
    }
    return new PurgeRule(Trash.purgeableBefore(asOf), List.copyOf(limits));
  }

  /**
   * The SQL condition on the case alias {@code c}, its parameters numbered from {@code from}; bind
   * them with {@link #bind}.
   */
  String condition(int from) {
    StringBuilder sql = new StringBuilder("(c.deleted_at < ?").append(from);
    int next = from + 1;
    for (int i = 0; i < closedBefore.size(); i++) {
      sql.append(" OR (c.company_id = ?")
          .append(next++)
          .append(" AND c.closed_at < ?")
          .append(next++)
          .append(" AND c.status IN ('")
          .append(String.join("', '", CONCLUDED))
          .append("'))");
    }
    return sql.append(')').toString();
  }

  /** Binds the condition's parameters from {@code from}; returns the query. */
  Query bind(Query query, int from) {
    query.setParameter(from, deletedBefore);
    int next = from + 1;
    for (CompanyLimit limit : closedBefore) {
      query.setParameter(next++, limit.companyId());
      query.setParameter(next++, limit.before());
    }
    return query;
  }

  /** How many parameters the condition takes. */
  int parameters() {
    return 1 + 2 * closedBefore.size();
  }
}
