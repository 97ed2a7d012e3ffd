package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.Representative;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who a case is for (SPEC C1): the party and, optionally, one of its contacts; and the sales
 * representative acting for it with one of the representative's contacts. A contact always belongs
 * to the party (or representative) it is linked with.
 */
@Embeddable
public class ClientLink implements Serializable {

  @ManyToOne(optional = false)
  @JoinColumn(name = "party_id")
  private Party party;

  @ManyToOne
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @ManyToOne
  @JoinColumn(name = "representative_id")
  private Representative representative;

  @ManyToOne
  @JoinColumn(name = "representative_contact_id")
  private Contact representativeContact;

  protected ClientLink() {}

  /** The party and contact a case is opened for; the contact, when given, must be the party's. */
  static ClientLink of(Party party, Contact contact) {
    ClientLink link = new ClientLink();
    link.party = Objects.requireNonNull(party);
    if (contact != null && !contact.belongsTo(party)) {
      throw new IllegalArgumentException("the contact belongs to another party");
    }
    link.contact = contact;
    return link;
  }

  /** Links the representative and one of its contacts, while the case is being opened. */
  void representedBy(Representative representative, Contact representativeContact) {
    checkRepresentative(representative, representativeContact);
    this.representative = representative;
    this.representativeContact = representativeContact;
  }

  /**
   * Changes who the case is for (SPEC C1), auditing each change. The contact of the same party may
   * change as any edit; another party needs the LINK_PARTY_TO_CASE permission, another
   * representative that permission or a supervisor. Checks everything before changing anything.
   */
  void relink(
      Party newParty,
      Contact newContact,
      Representative newRepresentative,
      Contact newRepresentativeContact,
      Agent by,
      AuditTrail audit) {
    Objects.requireNonNull(newParty);
    if (newContact != null && !newContact.belongsTo(newParty)) {
      throw new InvalidInputException("contactId", "error.contact.notOfParty");
    }
    checkRepresentative(newRepresentative, newRepresentativeContact);
    boolean partyChanges = !Identified.same(party, newParty);
    if (partyChanges && !by.may(Permission.LINK_PARTY_TO_CASE)) {
      throw new BusinessException("error.relink.party", "partyId");
    }
    boolean representativeChanges = !Identified.same(representative, newRepresentative);
    if (representativeChanges
        && !by.may(Permission.LINK_PARTY_TO_CASE)
        && !by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.relink.representative", "representativeId");
    }
    audit.compare("party", party.getName(), newParty.getName());
    audit.compareNamed("contact", contact, newContact, Contact::getName);
    audit.compareNamed(
        "representative", representative, newRepresentative, Representative::getName);
    audit.compareNamed(
        "representativeContact", representativeContact, newRepresentativeContact, Contact::getName);
    party = newParty;
    contact = newContact;
    representative = newRepresentative;
    representativeContact = newRepresentativeContact;
  }

  private static void checkRepresentative(Representative representative, Contact contact) {
    if (contact != null && (representative == null || !contact.belongsTo(representative))) {
      throw new InvalidInputException(
          "representativeContactId", "error.representativeContact.notOfRepresentative");
    }
  }

  public Party getParty() {
    return party;
  }

  public Contact getContact() {
    return contact;
  }

  public Representative getRepresentative() {
    return representative;
  }

  public Contact getRepresentativeContact() {
    return representativeContact;
  }
}
