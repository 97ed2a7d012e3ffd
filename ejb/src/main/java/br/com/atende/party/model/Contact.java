package br.com.atende.party.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Identified;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person who asks for and hears about cases: a contact of a party (contato do cliente) or of a
 * sales representative (contato do representante), never both. What an agent may do to one, on a
 * case, is the case's contact rules' to say (cases.model.ContactRules).
 */
@Cacheable
@Entity
public class Contact implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
  @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "party_id", updatable = false)
  private Party party;

  @ManyToOne
  @JoinColumn(name = "representative_id", updatable = false)
  private Representative representative;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  /** {@link Phone#digits} of the phone, what the lookup by phone compares. */
  @Column(name = "phone_digits", length = 20)
  private String phoneDigits;

  @Column(nullable = false, length = 10)
  private String language = "pt-BR";

  /** The agent who looks after this contact; with their supervisor, the only ones who edit it. */
  @ManyToOne
  @JoinColumn(name = "responsible_agent_id")
  private Agent responsibleAgent;

  /** The contact's id in the system it was imported from; imported contacts are read-only. */
  @Column(name = "external_id", updatable = false, length = 60)
  private String externalId;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Contact() {}

  public Contact(Party party, String name, String email, String phone) {
    this.party = Objects.requireNonNull(party);
    this.language = party.getLanguage();
    setDetails(name, email, phone);
  }

  private Contact(Representative representative, String name, String email, String phone) {
    this.representative = Objects.requireNonNull(representative);
    setDetails(name, email, phone);
  }

  public static Contact ofRepresentative(
      Representative representative, String name, String email, String phone) {
    return new Contact(representative, name, email, phone);
  }

  public Contact lookedAfterBy(Agent agent) {
    this.responsibleAgent = agent;
    return this;
  }

  public Contact importedAs(String externalId) {
    this.externalId = Objects.requireNonNull(externalId);
    return this;
  }

  /** Changes name, email and phone; the case's contact rules decide whether one may. */
  public void edit(String name, String email, String phone) {
    if (isImported()) {
      throw new IllegalStateException("imported contacts are read-only");
    }
    setDetails(name, email, phone);
  }

  /** Keeps the contact on the cases it is linked to, out of every list and lookup. */
  public void deactivate() {
    this.active = false;
  }

  /**
   * Refuses, naming the rule, unless the agent may change this contact outside a case (the party
   * page): the contact-side rules of SPEC C1. On a case the case's rules come in between
   * (cases.model.ContactRules), which is why each rule is also its own method: the contact's rules
   * live here once, whichever page changes the contact.
   */
  public void checkMayBeChangedBy(Agent agent, Permission permission) {
    checkNotImported();
    checkLookedAfterBy(agent);
    checkProfileGrants(agent, permission);
  }

  /** Contacts imported from another system are read-only. */
  public void checkNotImported() {
    if (isImported()) {
      throw new BusinessException("error.contact.imported", "contact");
    }
  }

  /** The agent looks after the contact or supervises whoever does; nobody's is a supervisor's. */
  public void checkLookedAfterBy(Agent agent) {
    if (!agent.answersFor(responsibleAgent)) {
      throw new BusinessException("error.contact.notResponsible", "contact");
    }
  }

  /** The agent's profile grants the change (CONTACT_EDIT or CONTACT_DELETE). */
  public static void checkProfileGrants(Agent agent, Permission permission) {
    if (!agent.may(permission)) {
      throw new BusinessException("error.contact.noPermission", "contact", permission.name());
    }
  }

  private void setDetails(String name, String email, String phone) {
    this.name = Objects.requireNonNull(name);
    this.email = email;
    this.phone = phone;
    this.phoneDigits = Phone.digits(phone);
  }

  public boolean belongsTo(Party other) {
    return party != null && Identified.same(party, other);
  }

  public boolean belongsTo(Representative other) {
    return representative != null && Identified.same(representative, other);
  }

  public boolean isRepresentativeContact() {
    return representative != null;
  }

  public boolean isImported() {
    return externalId != null;
  }

  public Long getId() {
    return id;
  }

  public Party getParty() {
    return party;
  }

  public Representative getRepresentative() {
    return representative;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getLanguage() {
    return language;
  }

  public Agent getResponsibleAgent() {
    return responsibleAgent;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
