package br.com.atende.web.cases;

import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.OfferedConverter;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a case is for, as a form chooses it (SPEC C1): the party found by the combined lookup and one
 * of its contacts, the representative and one of its contacts. Choosing a party or representative
 * reloads its contacts and clears the contact chosen. Shared by the opening form and the case
 * page's "change client or representative" form.
 */
public class PartySelection implements Serializable {

  private static final long serialVersionUID = 1L;

  private PartyKind kind;
  private LookupBy lookupBy = LookupBy.NAME_OR_TAX_ID;
  private PartyOption party;
  private List<ContactOption> contacts = List.of();
  private Long contactId;
  private Choice representative;
  private List<ContactOption> representativeContacts = List.of();
  private Long representativeContactId;

  /** What the lookups offered so far in this view: the converters accept only these. */
  private final Map<Long, PartyOption> offeredParties = new HashMap<>();

  private final Map<Long, Choice> offeredRepresentatives = new HashMap<>();

  /** Starts from a party and contact already chosen (a case's, or the case copied). */
  public void choose(PartyService parties, PartyOption chosen, Long chosenContactId) {
    party = chosen;
    offeredParties.put(chosen.id(), chosen);
    contacts = parties.contactsOf(chosen.id());
    contactId = chosenContactId;
  }

  /** Starts from a representative and contact already chosen, or none. */
  public void chooseRepresentative(
      PartyService parties, Choice chosen, Long chosenRepresentativeContactId) {
    representative = chosen;
    if (chosen != null) {
      offeredRepresentatives.put(chosen.id(), chosen);
    }
    representativeContacts =
        chosen == null ? List.of() : parties.contactsOfRepresentative(chosen.id());
    representativeContactId = chosenRepresentativeContactId;
  }

  /** The lookup's matches for what was typed, by the chosen kind and lookup mode. */
  public List<PartyOption> completeParty(PartyService parties, String query) {
    try {
      List<PartyOption> found = parties.lookup(kind, lookupBy, query);
      found.forEach(option -> offeredParties.put(option.id(), option));
      return found;
    } catch (BusinessException e) {
      Feedback.error(e);
      return List.of();
    }
  }

  public void partyChosen(PartyService parties) {
    contactId = null;
    contacts = party == null ? List.of() : parties.contactsOf(party.id());
  }

  public List<Choice> completeRepresentative(PartyService parties, String query) {
    List<Choice> found = parties.lookupRepresentatives(query);
    found.forEach(option -> offeredRepresentatives.put(option.id(), option));
    return found;
  }

  public void representativeChosen(PartyService parties) {
    representativeContactId = null;
    representativeContacts =
        representative == null ? List.of() : parties.contactsOfRepresentative(representative.id());
  }

  public Long getPartyId() {
    return party == null ? null : party.id();
  }

  public Long getRepresentativeId() {
    return representative == null ? null : representative.id();
  }

  public Converter<PartyOption> getPartyConverter() {
    return new OfferedConverter<>(offeredParties, PartyOption::id);
  }

  public Converter<Choice> getRepresentativeConverter() {
    return new OfferedConverter<>(offeredRepresentatives, Choice::id);
  }

  public PartyKind[] getKinds() {
    return PartyKind.values();
  }

  public LookupBy[] getLookupModes() {
    return LookupBy.values();
  }

  public PartyKind getKind() {
    return kind;
  }

  public void setKind(PartyKind kind) {
    this.kind = kind;
  }

  public LookupBy getLookupBy() {
    return lookupBy;
  }

  public void setLookupBy(LookupBy lookupBy) {
    this.lookupBy = lookupBy;
  }

  public PartyOption getParty() {
    return party;
  }

  public void setParty(PartyOption party) {
    this.party = party;
  }

  public List<ContactOption> getContacts() {
    return contacts;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public Choice getRepresentative() {
    return representative;
  }

  public void setRepresentative(Choice representative) {
    this.representative = representative;
  }

  public List<ContactOption> getRepresentativeContacts() {
    return representativeContacts;
  }

  public Long getRepresentativeContactId() {
    return representativeContactId;
  }

  public void setRepresentativeContactId(Long representativeContactId) {
    this.representativeContactId = representativeContactId;
  }
}
