package br.com.atende.party.application;

import br.com.atende.organization.model.Role;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.TaxId;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/** The party lookup used while opening a case (SPEC C1). Inactive parties never show. */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class PartyService {

  /** A lookup is a picker, not a report: more than this many hits means "type more". */
  public static final int MAX_OPTIONS = 20;

  @PersistenceContext private EntityManager em;

  /**
   * Parties of the given kind (any kind when null) whose name starts with the term, or, when the
   * term is a tax id, whose CPF/CNPJ it is: a complete one must have valid check digits, a partial
   * one (3 to 10 digits) matches as a prefix while the agent types.
   */
  public List<PartyOption> lookup(PartyKind kind, String nameOrTaxId) {
    String term = nameOrTaxId == null ? "" : nameOrTaxId.strip();
    String filter;
    Object value;
    if (TaxId.looksLikeOne(term)) {
      String typed = TaxId.normalize(term);
      if (typed.length() >= 11) {
        filter = "p.taxId = :term";
        value =
            TaxId.parse(typed)
                .map(TaxId::value)
                .orElseThrow(() -> new InvalidInputException("party", "error.taxId.invalid"));
      } else {
        filter = "p.taxId LIKE :term";
        value = typed + "%";
      }
    } else {
      filter = "UPPER(p.name) LIKE :term";
      value = term.toUpperCase(Locale.ROOT) + "%";
    }
    var query =
        em.createQuery(
                "SELECT NEW br.com.atende.party.application.PartyOption(p.id, p.kind, p.name, p.taxId)"
                    + " FROM Party p WHERE p.active = TRUE AND "
                    + filter
                    + (kind == null ? "" : " AND p.kind = :kind")
                    + " ORDER BY p.name",
                PartyOption.class)
            .setParameter("term", value)
            .setMaxResults(MAX_OPTIONS);
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    return query.getResultList();
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
