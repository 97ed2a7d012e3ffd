package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an import left in the database, read with plain queries: the parties with given tax ids (one
 * line per party, so a party added twice shows twice) and their contacts' emails.
 */
@Stateless
@PermitAll
public class ImportRows {

  @PersistenceContext private EntityManager em;

  /** "taxId kind name" of every party with one of the tax ids, in tax id order. */
  public List<String> parties(Collection<String> taxIds) {
    List<String> lines = new ArrayList<>();
    for (int first = 0; first < taxIds.size(); first += 1000) {
      List<String> some = List.copyOf(taxIds).subList(first, Math.min(taxIds.size(), first + 1000));
      em.createQuery(
              "SELECT p.taxId, p.kind, p.name FROM Party p WHERE p.taxId IN :ids", Object[].class)
          .setParameter("ids", some)
          .getResultList()
          .forEach(row -> lines.add(row[0] + " " + row[1] + " " + row[2]));
    }
    lines.sort(null);
    return lines;
  }

  /** How many parties hold one of the tax ids. */
  public long partyCount(Collection<String> taxIds) {
    return parties(taxIds).size();
  }

  /** "taxId email name" of every contact of the parties with the tax ids, sorted. */
  public List<String> contacts(Collection<String> taxIds) {
    return em.createQuery(
            "SELECT CONCAT(c.party.taxId, ' ', c.email, ' ', c.name) FROM Contact c"
                + " WHERE c.party.taxId IN :ids ORDER BY c.party.taxId, c.email",
            String.class)
        .setParameter("ids", List.copyOf(taxIds))
        .getResultList();
  }

  /**
   * "externalId company department taxId status numberYear openedAt subject | request" of every
   * case with an external id in the companies (by code), in external id order.
   */
  public List<String> cases(Collection<String> companyCodes) {
    return em
        .createQuery(
            "SELECT c.externalId, c.company.code, c.department.name, c.client.party.taxId,"
                + " c.status, c.number, c.openedAt, c.subject, c.request FROM Case c"
                + " WHERE c.company.code IN :codes AND c.externalId IS NOT NULL"
                + " ORDER BY c.externalId, c.id",
            Object[].class)
        .setParameter("codes", List.copyOf(companyCodes))
        .getResultList()
        .stream()
        .map(
            row ->
                row[0]
                    + " "
                    + row[1]
                    + " "
                    + row[2]
                    + " "
                    + row[3]
                    + " "
                    + row[4]
                    + " "
                    + ((String) row[5]).substring(0, 4)
                    + " "
                    + row[6]
                    + " "
                    + row[7]
                    + " | "
                    + row[8])
        .toList();
  }

  /** The id of the case imported with this external id (tests make theirs unique). */
  public long caseIdOf(String externalId) {
    return em.createQuery("SELECT c.id FROM Case c WHERE c.externalId = :id", Long.class)
        .setParameter("id", externalId)
        .getSingleResult();
  }

  /** The job execution an import last ran as. */
  public long executionOf(long importId) {
    return ((Number)
            em.createNativeQuery("SELECT job_execution_id FROM party_import WHERE id = ?1")
                .setParameter(1, importId)
                .getSingleResult())
        .longValue();
  }

  /**
   * What the job repository says of an import's job, for a failed assertion's message: each
   * execution's status and exit status, and each step's status and exception (JBeret's tables).
   */
  @SuppressWarnings("unchecked")
  public String jobReport(long importId) {
    Object execution =
        em.createNativeQuery("SELECT job_execution_id FROM party_import WHERE id = ?1")
            .setParameter(1, importId)
            .getSingleResult();
    if (execution == null) {
      return "no job execution recorded";
    }
    StringBuilder report = new StringBuilder("execution " + execution);
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT e.batchstatus, e.exitstatus, s.stepname, s.batchstatus,"
                        + " s.executionexception FROM job_execution e LEFT JOIN step_execution s"
                        + " ON s.jobexecutionid = e.jobexecutionid WHERE e.jobexecutionid = ?1"
                        + " ORDER BY s.stepexecutionid")
                .setParameter(1, ((Number) execution).longValue())
                .getResultList()) {
      report.append(String.format("%n job %s/%s step %s %s: %s", row));
    }
    return report.toString();
  }

  /** The server instance an import's row names as running its job; null for none. */
  public String runByOf(long importId) {
    return (String)
        em.createNativeQuery("SELECT run_by FROM party_import WHERE id = ?1")
            .setParameter(1, importId)
            .getSingleResult();
  }

  /**
   * Makes the import's row name a server instance that is gone (its row ran out a minute ago), as
   * when the server running its job was killed.
   */
  public void runByAGoneServer(long importId) {
    String gone = "node9/" + java.util.UUID.randomUUID();
    java.time.LocalDateTime minuteAgo = java.time.LocalDateTime.now().minusMinutes(1);
    em.createNativeQuery(
            "INSERT INTO server_instance (id, started_at, alive_until) VALUES (?1, ?2, ?3)")
        .setParameter(1, gone)
        .setParameter(2, minuteAgo.minusHours(1))
        .setParameter(3, minuteAgo)
        .executeUpdate();
    em.createNativeQuery("UPDATE party_import SET run_by = ?1 WHERE id = ?2")
        .setParameter(1, gone)
        .setParameter(2, importId)
        .executeUpdate();
  }
}
