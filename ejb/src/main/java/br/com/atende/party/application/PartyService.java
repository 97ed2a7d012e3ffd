package br.com.atende.party.application;

import br.com.atende.organization.model.Role;
import br.com.atende.party.model.PartyKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The party lookup used while opening a case. Inactive parties never show; the first cut filters by kind and
 * name (prefix, case-insensitive) or by the digits of a tax id.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class PartyService {

  /** A lookup is a picker, not a report: more than this many hits means "type more". */
  public static final int MAX_OPTIONS = 20;

  @PersistenceContext private EntityManager em;

  public List<PartyOption> lookup(PartyKind kind, String nameOrTaxId) {
    String term = nameOrTaxId == null ? "" : nameOrTaxId.strip();
    String digits = term.replaceAll("\\D", "");
    boolean byTaxId = !digits.isEmpty() && digits.length() == term.replaceAll("[.\\-/\\s]", "").length();
    String filter = byTaxId ? "p.taxId = :term" : "UPPER(p.name) LIKE :term";
    String query =
        "SELECT NEW br.com.atende.party.application.PartyOption(p.id, p.kind, p.name, p.taxId)"
            + " FROM Party p WHERE p.active = TRUE AND "
            + filter
            + (kind == null ? "" : " AND p.kind = :kind")
            + " ORDER BY p.name";
    var typed =
        em.createQuery(query, PartyOption.class)
            .setParameter("term", byTaxId ? digits : term.toUpperCase(Locale.ROOT) + "%")
            .setMaxResults(MAX_OPTIONS);
    if (kind != null) {
      typed.setParameter("kind", kind);
    }
    return typed.getResultList();
  }

  public List<ContactOption> contactsOf(long partyId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.party.application.ContactOption(c.id, c.name, c.email)"
                + " FROM Contact c WHERE c.party.id = :party AND c.active = TRUE ORDER BY c.name",
            ContactOption.class)
        .setParameter("party", partyId)
        .setMaxResults(MAX_OPTIONS)
        .getResultList();
  }
}
