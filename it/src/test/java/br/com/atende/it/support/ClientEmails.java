package br.com.atende.it.support;

import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** A client with an email address, and what the outbox holds for a case, newest first. */
@Stateless
@PermitAll
public class ClientEmails {

  @PersistenceContext private EntityManager em;

  /** A party reachable by email (no contact): the case's client emails go to its address. */
  public long party(String name) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Party party =
        new Party(
            PartyKind.PERSON, name + " " + unique, null, null, "c" + unique + "@cliente.example");
    em.persist(party);
    em.flush();
    return party.getId();
  }

  /** Recipient and text of the case's outbox emails whose event key starts so, newest first. */
  public List<String[]> of(long caseId, String eventPrefix) {
    return em
        .createQuery(
            "SELECT e.recipient, e.bodyText, e.bodyHtml FROM OutboundEmail e"
                + " WHERE e.caseId = :case AND e.eventKey LIKE :prefix ORDER BY e.id DESC",
            Object[].class)
        .setParameter("case", caseId)
        .setParameter("prefix", eventPrefix + "%")
        .getResultList()
        .stream()
        .map(r -> new String[] {(String) r[0], (String) r[1], (String) r[2]})
        .toList();
  }
}
