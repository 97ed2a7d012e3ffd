package br.com.atende.importing;

import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk of checked rows in the chunk's transaction: the parties not yet known by their tax
 * id, the contacts not yet known by their email within their party (so a re-run adds nothing), a
 * report line for each thing wrong with a refused row, and the import's position after the chunk.
 * Existing parties and contacts are found with two queries per chunk, never one per row.
 */
@Named
@Dependent
public class PartyRowWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Override
  public void writeItems(List<Object> items) {
    long id = Long.parseLong(importId);
    List<CheckedRow> rows = items.stream().map(CheckedRow.class::cast).toList();
    List<CheckedRow> good = rows.stream().filter(row -> !row.isRefused()).toList();
    Map<String, Party> parties = knownParties(good);
    Set<String> contacts = knownContacts(parties.values());
    long partiesAdded = 0;
    long contactsAdded = 0;
    long refused = 0;
    long lastRow = 0;
    for (CheckedRow row : rows) {
      lastRow = Math.max(lastRow, row.number());
      if (row.isRefused()) {
        refused++;
        row.problems()
            .forEach(
                p -> em.persist(new ImportRejection(id, row.number(), p.field(), p.problem())));
        continue;
      }
      Party party = parties.get(row.taxId());
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
    }
    // Locked, not just versioned: another execution of the same import must wait, not interleave.
    em.find(PartyImport.class, id, LockModeType.PESSIMISTIC_WRITE)
        .advancedTo(lastRow, partiesAdded, contactsAdded, refused);
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
}
