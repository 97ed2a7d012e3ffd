package br.com.atende.importing;

import br.com.atende.cases.application.CaseNumbering;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.Priority;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.settings.SystemSetting;
import br.com.atende.settings.SystemSettings;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk of checked rows in the chunk's transaction: the parties not yet known by their tax
 * id, the contacts not yet known by their email within their party, the cases not yet known by
 * their external id within their company (so a re-run adds nothing), a report line for each thing
 * wrong with a refused row, and the import's position after the chunk. A row is taken whole or not
 * at all: a case whose department or party is unknown refuses its row's party and contact too.
 * Existing parties, contacts, departments and cases are found with one query each per chunk, never
 * one per row.
 */
@Named
@Dependent
public class PartyRowWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;

  @Inject private CaseNumbering numbering;

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Override
  public void writeItems(List<Object> items) {
    long id = Long.parseLong(importId);
    // Locked, not just versioned: another execution of the same import must wait, not interleave.
    PartyImport partyImport = em.find(PartyImport.class, id, LockModeType.PESSIMISTIC_WRITE);
    List<CheckedRow> rows = items.stream().map(CheckedRow.class::cast).toList();
    List<CheckedRow> good = rows.stream().filter(row -> !row.isRefused()).toList();
    Map<String, Party> parties = knownParties(good);
    Set<String> contacts = knownContacts(parties.values());
    CaseTargets targets = caseTargets(good);
    long partiesAdded = 0;
    long contactsAdded = 0;
    long casesAdded = 0;
    long refused = 0;
    long lastRow = 0;
    for (CheckedRow row : rows) {
      lastRow = Math.max(lastRow, row.number());
      Party party = row.isRefused() ? null : parties.get(row.taxId());
      Department department = null;
      List<CheckedRow.Problem> problems = new ArrayList<>(row.problems());
      if (!row.isRefused() && row.hasCase()) {
        department = targets.department(row.caseToOpen(), problems);
        if (party == null && !row.namesParty()) {
          problems.add(new CheckedRow.Problem("tax_id", RowProblem.UNKNOWN_PARTY));
        } else if (targets.forbidsSuppliers && party != null && party.isSupplier()) {
          problems.add(new CheckedRow.Problem("tax_id", RowProblem.SUPPLIER_NOT_ALLOWED));
        }
      }
      if (!problems.isEmpty()) {
        refused++;
        problems.forEach(
            p -> em.persist(new ImportRejection(id, row.number(), p.field(), p.problem())));
        continue;
      }
      if (party == null) {
        party = new Party(row.kind(), row.name(), row.taxId(), row.phone(), row.email());
        em.persist(party);
        parties.put(row.taxId(), party);
        partiesAdded++;
      }
      if (row.hasContact() && contacts.add(contactKey(party, row.contactEmail()))) {
        em.persist(new Contact(party, row.contactName(), row.contactEmail(), row.contactPhone()));
        contactsAdded++;
      }
      if (department != null && targets.isNew(department, row.caseToOpen())) {
        em.persist(openCase(partyImport, department, party, row.caseToOpen()));
        casesAdded++;
      }
    }
    partyImport.advancedTo(lastRow, partiesAdded, contactsAdded, casesAdded, refused);
  }

  /**
   * An imported case, opened by the administrator who started the import into the department's
   * queue, numbered in the year it was opened like any other case; no email goes to the client.
   */
  private Case openCase(
      PartyImport partyImport, Department department, Party party, CheckedCase typed) {
    Agent opener = em.find(Agent.class, partyImport.getStartedById());
    return new Case(
            numbering.next(department.getCompany(), typed.openedAt().getYear()),
            opener,
            department,
            party,
            null,
            typed.subject(),
            typed.request(),
            Priority.NORMAL,
            0,
            typed.openedAt(),
            null,
            null)
        .importedAs(typed.externalId());
  }

  /**
   * The parties of the chunk's tax ids already in the database (the oldest, should two share one).
   */
  private Map<String, Party> knownParties(List<CheckedRow> good) {
    Map<String, Party> parties = new HashMap<>();
    Set<String> taxIds = new HashSet<>();
    good.forEach(row -> taxIds.add(row.taxId()));
    if (taxIds.isEmpty()) {
      return parties;
    }
    em.createQuery("SELECT p FROM Party p WHERE p.taxId IN :taxIds ORDER BY p.id DESC", Party.class)
        .setParameter("taxIds", taxIds)
        .getResultList()
        .forEach(party -> parties.put(party.getTaxId(), party));
    return parties;
  }

  private Set<String> knownContacts(Collection<Party> parties) {
    Set<String> keys = new HashSet<>();
    if (parties.isEmpty()) {
      return keys;
    }
    em.createQuery(
            "SELECT c.party.id, c.email FROM Contact c WHERE c.party.id IN :parties"
                + " AND c.email IS NOT NULL",
            Object[].class)
        .setParameter("parties", parties.stream().map(Party::getId).toList())
        .getResultList()
        .forEach(row -> keys.add(row[0] + "|" + ((String) row[1]).toLowerCase(Locale.ROOT)));
    return keys;
  }

  /**
   * A new party's id is known once persisted (sequence ids are assigned then), so the key is the
   * same for a party found and one just added.
   */
  private static String contactKey(Party party, String email) {
    return party.getId() + "|" + email.toLowerCase(Locale.ROOT);
  }

  /** The departments the chunk's cases name and the external ids their companies already hold. */
  private CaseTargets caseTargets(List<CheckedRow> good) {
    Set<String> names = new HashSet<>();
    Set<String> externalIds = new HashSet<>();
    good.stream()
        .filter(CheckedRow::hasCase)
        .forEach(
            row -> {
              names.add(row.caseToOpen().department().toLowerCase(Locale.ROOT));
              externalIds.add(row.caseToOpen().externalId());
            });
    SystemSetting forbid = em.find(SystemSetting.class, SystemSettings.FORBID_SUPPLIERS);
    CaseTargets targets =
        new CaseTargets(forbid != null && Boolean.parseBoolean(forbid.getValue()));
    if (names.isEmpty()) {
      return targets;
    }
    em.createQuery(
            "SELECT d FROM Department d JOIN FETCH d.company c WHERE LOWER(d.name) IN :names"
                + " AND d.active = TRUE AND c.active = TRUE",
            Department.class)
        .setParameter("names", names)
        .getResultList()
        .forEach(
            d ->
                targets
                    .departments
                    .computeIfAbsent(d.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .add(d));
    em.createQuery(
            "SELECT c.company.id, c.externalId FROM Case c WHERE c.externalId IN :ids",
            Object[].class)
        .setParameter("ids", externalIds)
        .getResultList()
        .forEach(row -> targets.cases.add(row[0] + "|" + row[1]));
    return targets;
  }

  /** Where a chunk's cases may go, and which of them their company already holds. */
  private static final class CaseTargets {
    private final boolean forbidsSuppliers;
    private final Map<String, List<Department>> departments = new HashMap<>();
    private final Set<String> cases = new HashSet<>();

    CaseTargets(boolean forbidsSuppliers) {
      this.forbidsSuppliers = forbidsSuppliers;
    }

    /** The one department the case names, or null with the reason added to the problems. */
    Department department(CheckedCase typed, List<CheckedRow.Problem> problems) {
      List<Department> named =
          departments.getOrDefault(typed.department().toLowerCase(Locale.ROOT), List.of()).stream()
              .filter(
                  d ->
                      typed.company() == null
                          || d.getCompany().getCode().equalsIgnoreCase(typed.company()))
              .toList();
      if (named.size() == 1) {
        return named.get(0);
      }
      problems.add(
          new CheckedRow.Problem(
              "case_department",
              named.isEmpty() ? RowProblem.UNKNOWN_DEPARTMENT : RowProblem.AMBIGUOUS_DEPARTMENT));
      return null;
    }

    /** True once per company and external id: the first time it is asked, if not stored yet. */
    boolean isNew(Department department, CheckedCase typed) {
      return cases.add(department.getCompany().getId() + "|" + typed.externalId());
    }
  }
}
