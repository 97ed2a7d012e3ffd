package br.com.atende.dataprotection.application;

import br.com.atende.administration.application.AdminLog;
import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.cases.audit.AuditSealer;
import br.com.atende.dataprotection.model.PersonalValues;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.TaxId;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The client's data rights (LGPD), for administrators only: find a party, export everything held
 * about it, anonymize it on request; and each company's retention of closed cases, which the
 * nightly purge applies. Every export, anonymization and retention change is in the administrators'
 * log (by the party's id: the log never names it).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DataSubjectService {

  /** Matches shown by the search: a name narrows it, the page says so. */
  public static final int MATCHES = 20;

  static final int LONGEST_RETENTION = 100;

  private static final int SEAL_CHUNK = 1_000;

  @PersistenceContext private EntityManager em;

  @Inject private DataSubjectExport exporter;

  @Inject private Anonymization anonymization;

  @Inject private AuditSealer sealer;

  @Inject private AdminLog log;

  @Inject private Clock clock;

  @Resource private SessionContext context;

  /** Parties whose name contains the text, or whose tax id is it; at most {@link #MATCHES}. */
  public List<PartyMatch> find(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.length() < 2) {
      throw new InvalidInputException("search", "dataSubject.search.tooShort");
    }
    String taxId = TaxId.looksLikeOne(typed) ? TaxId.normalize(typed) : "-";
    return em.createQuery(
            "SELECT NEW br.com.atende.dataprotection.application.PartyMatch("
                + "p.id, p.name, p.taxId, p.email, p.kind)"
                + " FROM Party p WHERE LOWER(p.name) LIKE :name OR p.taxId = :taxId"
                + " ORDER BY p.name, p.id",
            PartyMatch.class)
        .setParameter("name", "%" + typed.toLowerCase(Locale.ROOT) + "%")
        .setParameter("taxId", taxId)
        .setMaxResults(MATCHES)
        .getResultList();
  }

  /**
   * Writes the party's archive to {@code out} (a ZIP of JSON parts and files, streamed); logged
   * with the number of cases it holds.
   */
  public void export(long partyId, OutputStream out) {
    requireParty(partyId);
    try {
      int cases = exporter.write(partyId, out);
      log.record(login(), Kind.PARTY, partyId, Action.EXPORTED, "cases: " + cases);
    } catch (IOException e) {
      throw new UncheckedIOException("the export of party " + partyId + " was cut", e);
    }
  }

  /**
   * Anonymizes the party (see {@link Anonymization}): all of it or, on any failure, nothing. The
   * audit rows written until now are sealed first, so that the redacted ones keep their hash.
   */
  public AnonymizationOutcome anonymize(long partyId) {
    String name = requireParty(partyId);
    if (PersonalValues.MARKER.equals(name)) {
      throw new BusinessException("dataSubject.alreadyAnonymized");
    }
    while (sealer.sealChunk(SEAL_CHUNK) == SEAL_CHUNK) {
      // each chunk commits in its own transaction; rows arriving meanwhile are redacted unsealed
    }
    AnonymizationOutcome outcome =
        anonymization.anonymize(partyId, login(), LocalDateTime.now(clock));
    log.record(
        login(),
        Kind.PARTY,
        partyId,
        Action.ANONYMIZED,
        "cases: "
            + outcome.cases()
            + ", files: "
            + outcome.files()
            + ", audit rows: "
            + outcome.auditRows());
    return outcome;
  }

  /** Every company with its retention, by name. */
  public List<CompanyRetention> retention() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, name, retention_years FROM company ORDER BY name, id")
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new CompanyRetention(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    row[2] == null ? null : ((Number) row[2]).intValue()))
        .toList();
  }

  /**
   * Sets how many years (1 to 100) the company's closed cases are kept; null keeps them forever.
   */
  public void setRetention(long companyId, Integer years) {
    if (years != null && (years < 1 || years > LONGEST_RETENTION)) {
      throw new InvalidInputException("years", "dataSubject.retention.range", LONGEST_RETENTION);
    }
    // NULL written as a literal: a null parameter is bound as text, which PostgreSQL refuses.
    int changed =
        (years == null
                ? em.createNativeQuery("UPDATE company SET retention_years = NULL WHERE id = ?2")
                : em.createNativeQuery("UPDATE company SET retention_years = ?1 WHERE id = ?2")
                    .setParameter(1, years))
            .setParameter(2, companyId)
            .executeUpdate();
    if (changed == 0) {
      throw new NotFoundException();
    }
    log.record(
        login(),
        Kind.COMPANY,
        companyId,
        Action.CHANGED,
        "retention: " + (years == null ? "forever" : years + " years"));
  }

  private String requireParty(long partyId) {
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery("SELECT name FROM party WHERE id = ?1")
            .setParameter(1, partyId)
            .getResultList();
    if (names.isEmpty()) {
      throw new NotFoundException();
    }
    return names.get(0);
  }

  private String login() {
    return context.getCallerPrincipal().getName();
  }
}
