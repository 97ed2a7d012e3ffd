package br.com.atende.party.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.administration.application.AdminLog;
import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.Representative;
import br.com.atende.party.model.TaxId;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.SqlState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;

/**
 * The register of parties (cadastro de clientes, issue 15): agents find, create and change parties
 * and their contacts without code, from the party page or the opening form's "add a client" dialog.
 * A tax id must be a valid CPF or CNPJ and nobody else's; a party is deactivated, never deleted
 * (its cases name it), and only by a supervisor; a contact is changed within the contact rules of
 * SPEC C1. Every change leaves a line in the administrators' log, with who made it.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class PartyRegistry {

  /** A party's representatives are a handful; the page shows at most this many. */
  public static final int MAX_REPRESENTATIVES = 50;

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private AgentDirectory agents;

  @Inject private AdminLog log;

  /**
   * Parties (active or not) found by what was typed, by name: a tax id (whole or its first digits)
   * when it looks like one, an email when it has an {@code @}, else a part of the name.
   */
  public List<PartyRow> page(String filter, PageRequest page) {
    return filtered(
            "SELECT NEW br.com.atende.party.application.PartyRow(p.id, p.kind, p.name, p.taxId,"
                + " p.email, p.phone, p.active) FROM Party p",
            " ORDER BY p.name, p.id",
            filter,
            PartyRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many parties the filter finds, never counted past {@link CappedCount#CAP}. */
  public CappedCount count(String filter) {
    return CappedCount.count(filtered("SELECT p.id FROM Party p", "", filter, Long.class));
  }

  private <T> TypedQuery<T> filtered(String select, String order, String filter, Class<T> type) {
    String term = filter == null ? "" : filter.strip();
    String where;
    String value;
    if (term.isEmpty()) {
      return em.createQuery(select + order, type);
    } else if (TaxId.looksLikeOne(term)) {
      where = " WHERE p.taxId LIKE :f";
      value = likeEscaped(TaxId.normalize(term)) + "%";
    } else if (term.contains("@")) {
      where = " WHERE LOWER(p.email) LIKE :f";
      value = "%" + likeEscaped(term.toLowerCase(Locale.ROOT)) + "%";
    } else {
      where = " WHERE LOWER(p.name) LIKE :f";
      value = "%" + likeEscaped(term.toLowerCase(Locale.ROOT)) + "%";
    }
    return em.createQuery(select + where + order, type).setParameter("f", value);
  }

  private static String likeEscaped(String text) {
    // No ESCAPE clause works on both databases through EclipseLink: "%" is dropped, and "_" left
    // as the one-character wildcard, which still matches the "_" of an email typed whole.
    return text.replace("%", "");
  }

  public PartyRow row(long partyId) {
    Party party = find(partyId);
    return new PartyRow(
        party.getId(),
        party.getKind(),
        party.getName(),
        party.getTaxId(),
        party.getEmail(),
        party.getPhone(),
        party.isActive());
  }

  /** The party as its form shows it for a change (the tax id formatted as people write it). */
  public PartyForm form(long partyId) {
    Party party = find(partyId);
    return new PartyForm(
        party.getKind(),
        party.getName(),
        party.getTaxId() == null
            ? null
            : TaxId.parse(party.getTaxId()).map(TaxId::formatted).orElse(party.getTaxId()),
        party.getPhone(),
        party.getEmail(),
        party.getLanguage());
  }

  /** Creates the party; refuses a tax id that is not valid or is another party's. */
  public PartyOption create(PartyForm form) {
    requireValid(validator, form);
    String taxId = freeTaxId(form.taxId(), null);
    Party party =
        new Party(
                form.kind(),
                form.name().strip(),
                taxId,
                blankToNull(form.phone()),
                blankToNull(form.email()))
            .speaking(form.language());
    em.persist(party);
    writeTaxId();
    log.record(caller().getLogin(), Kind.PARTY, party.getId(), Action.CREATED, describe(party));
    return new PartyOption(party.getId(), party.getKind(), party.getName(), party.getTaxId());
  }

  public void change(long partyId, PartyForm form) {
    requireValid(validator, form);
    Party party = find(partyId);
    String taxId = freeTaxId(form.taxId(), partyId);
    String before = describe(party);
    party.change(
        form.kind(),
        form.name().strip(),
        taxId,
        blankToNull(form.phone()),
        blankToNull(form.email()),
        form.language());
    writeTaxId();
    log.record(
        caller().getLogin(),
        Kind.PARTY,
        partyId,
        Action.CHANGED,
        before + " -> " + describe(party));
  }

  /** A supervisor takes the party out of every lookup; its cases keep it. */
  public void deactivate(long partyId) {
    Agent by = supervisor();
    Party party = find(partyId);
    if (party.isActive()) {
      party.deactivate();
      log.record(by.getLogin(), Kind.PARTY, partyId, Action.DEACTIVATED, describe(party));
    }
  }

  public void reactivate(long partyId) {
    Agent by = supervisor();
    Party party = find(partyId);
    if (!party.isActive()) {
      party.reactivate();
      log.record(by.getLogin(), Kind.PARTY, partyId, Action.REACTIVATED, describe(party));
    }
  }

  /** The party's contacts, active or not, by name. */
  public List<ContactRow> contacts(long partyId, PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.party.application.ContactRow(c.id, c.name, c.email, c.phone,"
                + " a.name, CASE WHEN c.externalId IS NULL THEN FALSE ELSE TRUE END, c.active)"
                + " FROM Contact c LEFT JOIN c.responsibleAgent a WHERE c.party.id = :party"
                + " ORDER BY c.name, c.id",
            ContactRow.class)
        .setParameter("party", partyId)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public CappedCount countContacts(long partyId) {
    return CappedCount.count(
        em.createQuery("SELECT c.id FROM Contact c WHERE c.party.id = :party", Long.class)
            .setParameter("party", partyId));
  }

  /** Adds a contact to an active party, looked after by the agent who adds it. */
  public long addContact(long partyId, ContactForm form) {
    requireValid(validator, form);
    Agent by = caller();
    Party party = find(partyId);
    if (!party.isActive()) {
      throw new BusinessException("error.party.inactive", "party");
    }
    Contact contact =
        new Contact(
                party, form.name().strip(), blankToNull(form.email()), blankToNull(form.phone()))
            .lookedAfterBy(by);
    em.persist(contact);
    em.flush();
    log.record(by.getLogin(), Kind.CONTACT, contact.getId(), Action.CREATED, describe(contact));
    return contact.getId();
  }

  /** Changes a party's contact, within the contact rules (SPEC C1) and CONTACT_EDIT. */
  public void changeContact(long contactId, ContactForm form) {
    requireValid(validator, form);
    Agent by = caller();
    Contact contact = findContact(contactId);
    contact.checkMayBeChangedBy(by, Permission.CONTACT_EDIT);
    String before = describe(contact);
    contact.edit(form.name().strip(), blankToNull(form.email()), blankToNull(form.phone()));
    log.record(
        by.getLogin(),
        Kind.CONTACT,
        contactId,
        Action.CHANGED,
        before + " -> " + describe(contact));
  }

  /**
   * Takes a contact out of every list, within the contact rules and CONTACT_DELETE. Never deleted
   * from here: a party's contact may be on cases nobody on this page can see.
   */
  public void deactivateContact(long contactId) {
    Agent by = caller();
    Contact contact = findContact(contactId);
    contact.checkMayBeChangedBy(by, Permission.CONTACT_DELETE);
    if (contact.isActive()) {
      contact.deactivate();
      log.record(by.getLogin(), Kind.CONTACT, contactId, Action.DEACTIVATED, describe(contact));
    }
  }

  /** The representatives linked to the party, by name. */
  public List<Choice> representatives(long partyId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(r.id, r.name) FROM Party p"
                + " JOIN p.representatives r WHERE p.id = :party ORDER BY r.name, r.id",
            Choice.class)
        .setParameter("party", partyId)
        .setMaxResults(MAX_REPRESENTATIVES)
        .getResultList();
  }

  /** Links an active representative to the party. */
  public void linkRepresentative(long partyId, long representativeId) {
    Party party = find(partyId);
    Representative representative = em.find(Representative.class, representativeId);
    if (representative == null || !representative.isActive()) {
      throw new InvalidInputException("representative", "error.representative.unknown");
    }
    if (party.linkRepresentative(representative)) {
      log.record(
          caller().getLogin(),
          Kind.PARTY,
          partyId,
          Action.CHANGED,
          "representative linked: " + representative.getName());
    }
  }

  public void unlinkRepresentative(long partyId, long representativeId) {
    Party party = find(partyId);
    Representative representative = em.find(Representative.class, representativeId);
    if (representative != null && party.unlinkRepresentative(representative)) {
      log.record(
          caller().getLogin(),
          Kind.PARTY,
          partyId,
          Action.CHANGED,
          "representative unlinked: " + representative.getName());
    }
  }

  /**
   * Writes the party now: a tax id another agent registered between {@link #freeTaxId}'s check and
   * this write is refused by the database's unique index ({@code V85}), and that refusal is the
   * field's message here, not a failed commit.
   */
  private void writeTaxId() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlState.uniqueViolation(e)) {
        throw new InvalidInputException("taxId", "error.taxId.takenMeanwhile");
      }
      throw e;
    }
  }

  /**
   * The tax id as stored (digits, or the alphanumeric CNPJ upper-cased), or null when none was
   * typed; refused, naming the field, when its check digits fail or another party has it.
   */
  private String freeTaxId(String typed, Long self) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String taxId =
        TaxId.parse(typed)
            .map(TaxId::value)
            .orElseThrow(() -> new InvalidInputException("taxId", "error.taxId.invalid"));
    em.createQuery(
            "SELECT p.id, p.name FROM Party p WHERE p.taxId = :taxId ORDER BY p.id", Object[].class)
        .setParameter("taxId", taxId)
        .getResultStream()
        .filter(row -> !row[0].equals(self))
        .findFirst()
        .ifPresent(
            row -> {
              throw new DuplicateTaxIdException((Long) row[0], (String) row[1]);
            });
    return taxId;
  }

  private Agent caller() {
    return agents.currentAgent();
  }

  private Agent supervisor() {
    Agent by = caller();
    if (!by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.party.supervisorOnly", "party");
    }
    return by;
  }

  private Party find(long partyId) {
    Party party = em.find(Party.class, partyId);
    if (party == null) {
      throw new NotFoundException();
    }
    return party;
  }

  /** A contact of a party: a representative's contacts are not this page's. */
  private Contact findContact(long contactId) {
    Contact contact = em.find(Contact.class, contactId);
    if (contact == null || contact.getParty() == null) {
      throw new NotFoundException();
    }
    return contact;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String describe(Party party) {
    return "kind="
        + party.getKind()
        + "; name="
        + party.getName()
        + "; taxId="
        + (party.getTaxId() == null ? "" : party.getTaxId())
        + "; email="
        + (party.getEmail() == null ? "" : party.getEmail())
        + "; phone="
        + (party.getPhone() == null ? "" : party.getPhone())
        + "; language="
        + party.getLanguage()
        + "; active="
        + party.isActive();
  }

  private static String describe(Contact contact) {
    return "party="
        + contact.getParty().getId()
        + "; name="
        + contact.getName()
        + "; email="
        + (contact.getEmail() == null ? "" : contact.getEmail())
        + "; phone="
        + (contact.getPhone() == null ? "" : contact.getPhone())
        + "; active="
        + contact.isActive();
  }
}
