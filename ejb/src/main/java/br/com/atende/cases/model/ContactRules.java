package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.party.model.Contact;
import br.com.atende.shared.BusinessException;

/**
 * Who may edit or delete a contact of a case's party or representative (SPEC C1). All four must
 * hold: the case is not closed; the agent looks after the contact or supervises whoever does; the
 * agent holds the case or supervises its holder; the agent's profile grants the permission.
 * Contacts imported from another system are read-only; a contact linked to any case is never
 * deleted, and a representative's contact in that situation is deactivated instead.
 *
 * <p>A contact or case without anyone responsible for it is a supervisor's to handle.
 */
public final class ContactRules {

  /** What deleting a contact does. */
  public enum Removal {
    DELETE,
    /** The contact is linked to a case: it stays there, inactive, and leaves every list. */
    DEACTIVATE
  }

  private ContactRules() {}

  /** Refuses, naming the first rule that does not hold, unless the agent may edit the contact. */
  public static void checkMayEdit(Contact contact, Case supportCase, Agent agent) {
    checkCommonRules(contact, supportCase, agent, Permission.CONTACT_EDIT);
  }

  /**
   * Refuses unless the agent may delete the contact; says whether it is deleted or, being a
   * representative's contact linked to a case, deactivated.
   */
  public static Removal checkMayDelete(
      Contact contact, Case supportCase, Agent agent, boolean linkedToAnyCase) {
    checkCommonRules(contact, supportCase, agent, Permission.CONTACT_DELETE);
    if (!linkedToAnyCase) {
      return Removal.DELETE;
    }
    if (contact.isRepresentativeContact()) {
      return Removal.DEACTIVATE;
    }
    throw new BusinessException("error.contact.linked", "contact");
  }

  /** Whether {@link #checkMayEdit} would let the agent edit the contact: for the page's buttons. */
  public static boolean mayEdit(Contact contact, Case supportCase, Agent agent) {
    try {
      checkMayEdit(contact, supportCase, agent);
      return true;
    } catch (BusinessException refused) {
      return false;
    }
  }

  /** Whether {@link #checkMayDelete} would let the agent delete or deactivate the contact. */
  public static boolean mayDelete(
      Contact contact, Case supportCase, Agent agent, boolean linkedToAnyCase) {
    try {
      checkMayDelete(contact, supportCase, agent, linkedToAnyCase);
      return true;
    } catch (BusinessException refused) {
      return false;
    }
  }

  /** The contact's own rules (Contact) with the case's between them, in SPEC C1's order. */
  private static void checkCommonRules(
      Contact contact, Case supportCase, Agent agent, Permission permission) {
    contact.checkNotImported();
    if (!supportCase.getStatus().isOpen()) {
      throw new BusinessException("error.contact.caseClosed", "contact");
    }
    contact.checkLookedAfterBy(agent);
    if (!agent.answersFor(supportCase.getHolder())) {
      throw new BusinessException("error.contact.notHolder", "contact");
    }
    Contact.checkProfileGrants(agent, permission);
  }
}
