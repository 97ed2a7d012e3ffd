package br.com.atende.party.application;

import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.Phone;
import br.com.atende.party.model.TaxId;
import br.com.atende.settings.SystemSettings;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The party lookup used while opening a case (SPEC C1). Inactive parties never show. */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class PartyService {

  /** A lookup is a picker, not a report: more than this many hits means "type more". */
  public static final int MAX_OPTIONS = 20;

  @PersistenceContext private EntityManager em;

  @Inject private SystemSettings settings;

  @Inject private AgentDirectory agents;

  @Inject private PartiesByCaseNumber byCaseNumber;

  /**
   * Parties of the given kind (any kind when null) found by the term, read as {@code by} says:
   *
   * <ul>
   *   <li>name or tax id: the name starts with the term or, when the term is a tax id, the CPF/CNPJ
   *       is it: a complete one must have valid check digits, a partial one (3 to 10 digits)
   *       matches as a prefix while the agent types;
   *   <li>phone: the party's or one of its contacts' phone is the term, whatever its format;
   *   <li>case number: the party of the viewer's company's case with that number, when the viewer
   *       may see that case.
   * </ul>
   *
   * Inactive parties never show; suppliers do not while the setting forbids cases for them.
   */
  public List<PartyOption> lookup(PartyKind kind, LookupBy by, String typed) {
    String term = typed == null ? "" : typed.strip();
    Map<String, Object> parameters = new HashMap<>();
    String filter =
        switch (by) {
          case NAME_OR_TAX_ID -> nameOrTaxIdFilter(term, parameters);
          case PHONE -> phoneFilter(term, parameters);
          case CASE_NUMBER -> caseNumberFilter(term, parameters);
        };
    if (filter == null) {
      return List.of();
    }
    if (kind != null) {
      filter += " AND p.kind = :kind";
      parameters.put("kind", kind);
    }
    if (settings.forbidsCasesForSuppliers()) {
      filter += " AND p.supplier = FALSE";
    }
    var query =
        em.createQuery(
                "SELECT NEW br.com.atende.party.application.PartyOption(p.id, p.kind, p.name, p.taxId)"
                    + " FROM Party p WHERE p.active = TRUE AND "
                    + filter
                    + " ORDER BY p.name",
                PartyOption.class)
            .setMaxResults(MAX_OPTIONS);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  private static String nameOrTaxIdFilter(String term, Map<String, Object> parameters) {
    if (TaxId.looksLikeOne(term)) {
      String typed = TaxId.normalize(term);
      if (typed.length() >= 11) {
        parameters.put(
            "term",
            TaxId.parse(typed)
                .map(TaxId::value)
                .orElseThrow(() -> new InvalidInputException("party", "error.taxId.invalid")));
        return "p.taxId = :term";
      }
      parameters.put("term", typed + "%");
      return "p.taxId LIKE :term";
    }
    parameters.put("term", term.toUpperCase(Locale.ROOT) + "%");
    return "UPPER(p.name) LIKE :term";
  }

  /*
   * The phone and case-number filters first collect party ids with plain queries: EclipseLink
   * writes a JPQL EXISTS subquery with its literals inlined, and H2 refuses the inlined booleans.
   */

  private String phoneFilter(String term, Map<String, Object> parameters) {
    String digits = Phone.digits(term);
    if (digits == null || digits.length() < 8) {
      throw new InvalidInputException("party", "error.phone.invalid");
    }
    Set<Long> ids =
        new HashSet<>(
            em.createQuery("SELECT p.id FROM Party p WHERE p.phoneDigits = :phone", Long.class)
                .setParameter("phone", digits)
                .setMaxResults(MAX_OPTIONS)
                .getResultList());
    ids.addAll(
        em.createQuery(
                "SELECT k.party.id FROM Contact k WHERE k.phoneDigits = :phone"
                    + " AND k.party IS NOT NULL AND k.active = TRUE",
                Long.class)
            .setParameter("phone", digits)
            .setMaxResults(MAX_OPTIONS)
            .getResultList());
    return idFilter(ids, parameters);
  }

  private String caseNumberFilter(String term, Map<String, Object> parameters) {
    if (term.isEmpty()) {
      return null;
    }
    return idFilter(byCaseNumber.partyIdsOf(term, agents.currentAgent()), parameters);
  }

  private static String idFilter(Collection<Long> ids, Map<String, Object> parameters) {
    if (ids.isEmpty()) {
      return null;
    }
    parameters.put("ids", List.copyOf(ids));
    return "p.id IN :ids";
  }

  /** Active representatives whose name starts with the term. */
  public List<Choice> lookupRepresentatives(String typed) {
    String term = typed == null ? "" : typed.strip();
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(r.id, r.name) FROM Representative r"
                + " WHERE r.active = TRUE AND UPPER(r.name) LIKE :term ORDER BY r.name",
            Choice.class)
        .setParameter("term", term.toUpperCase(Locale.ROOT) + "%")
        .setMaxResults(MAX_OPTIONS)
        .getResultList();
  }

  public List<ContactOption> contactsOfRepresentative(long representativeId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.party.application.ContactOption(c.id, c.name, c.email)"
                + " FROM Contact c WHERE c.representative.id = :representative AND c.active = TRUE"
                + " ORDER BY c.name",
            ContactOption.class)
        .setParameter("representative", representativeId)
        .setMaxResults(MAX_OPTIONS)
        .getResultList();
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
