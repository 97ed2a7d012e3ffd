package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.RelinkCommand;
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
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case page's "change client or representative" form: who the case is for and who represents
 * it, prefilled from the case. The service decides who may change what (LINK_PARTY_TO_CASE, or a
 * supervisor for the representative) and audits each change.
 */
@Named
@ViewScoped
public class CaseRelinkBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseService cases;

  @Inject private PartyService parties;

  private boolean editing;
  private PartyKind kind;
  private LookupBy lookupBy = LookupBy.NAME_OR_TAX_ID;
  private PartyOption party;
  private List<ContactOption> contacts = List.of();
  private Long contactId;
  private Choice representative;
  private List<ContactOption> representativeContacts = List.of();
  private Long representativeContactId;

  /** Parties and representatives offered so far in this view, for the converters. */
  private final Map<Long, PartyOption> offeredParties = new HashMap<>();

  private final Map<Long, Choice> offeredRepresentatives = new HashMap<>();

  /** Opens the form with the case's current party, contact and representative. */
  public void start() {
    CaseDetails details = page.getDetails();
    kind = null; // the right client may well be of another kind than the one first chosen
    party = new PartyOption(details.partyId(), details.partyKind(), details.partyName(), null);
    offeredParties.put(party.id(), party);
    contacts = parties.contactsOf(party.id());
    contactId = details.contactId();
    representative =
        details.representativeId() == null
            ? null
            : new Choice(details.representativeId(), details.representativeName());
    if (representative != null) {
      offeredRepresentatives.put(representative.id(), representative);
    }
    representativeContacts =
        representative == null ? List.of() : parties.contactsOfRepresentative(representative.id());
    representativeContactId = details.representativeContactId();
    editing = true;
  }

  public List<PartyOption> completeParty(String query) {
    try {
      List<PartyOption> found = parties.lookup(kind, lookupBy, query);
      found.forEach(option -> offeredParties.put(option.id(), option));
      return found;
    } catch (BusinessException e) {
      Feedback.error(e);
      return List.of();
    }
  }

  public void partyChosen() {
    contactId = null;
    contacts = party == null ? List.of() : parties.contactsOf(party.id());
  }

  public List<Choice> completeRepresentative(String query) {
    List<Choice> found = parties.lookupRepresentatives(query);
    found.forEach(option -> offeredRepresentatives.put(option.id(), option));
    return found;
  }

  public void representativeChosen() {
    representativeContactId = null;
    representativeContacts =
        representative == null ? List.of() : parties.contactsOfRepresentative(representative.id());
  }

  public void save() {
    try {
      cases.relink(
          new RelinkCommand(
              page.getId(),
              page.getDetails().version(),
              party == null ? null : party.id(),
              contactId,
              representative == null ? null : representative.id(),
              representativeContactId));
      Feedback.info("view.relink.done");
      editing = false;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void cancel() {
    editing = false;
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

  public boolean isEditing() {
    return editing;
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
