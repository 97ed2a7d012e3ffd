package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.ContactRules;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contacts of a case's party and representative, edited and deleted from the case under the
 * contact rules of SPEC C1 ({@link ContactRules}).
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseContactService {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Validator validator;

  /** The active contacts of the case's party and representative, with what the viewer may do. */
  public List<CaseContactRow> contacts(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    Case supportCase = access.visible(caseId, viewer);
    List<Contact> contacts =
        em.createQuery(
                "SELECT k FROM Contact k WHERE k.active = TRUE AND (k.party = :party"
                    + " OR (k.representative IS NOT NULL AND k.representative = :representative))"
                    + " ORDER BY k.name, k.id",
                Contact.class)
            .setParameter("party", supportCase.getParty())
            .setParameter("representative", supportCase.getRepresentative())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Set<Long> linked = linkedToCases(contacts.stream().map(Contact::getId).toList());
    return contacts.stream()
        .map(
            k ->
                new CaseContactRow(
                    k.getId(),
                    k.getVersion(),
                    k.getName(),
                    k.getEmail(),
                    k.getPhone(),
                    k.isRepresentativeContact(),
                    k.isImported(),
                    ContactRules.mayEdit(k, supportCase, viewer),
                    ContactRules.mayDelete(k, supportCase, viewer, linked.contains(k.getId()))))
        .toList();
  }

  public long countContacts(long caseId) {
    Agent viewer = agents.currentAgent();
    Case supportCase = access.visible(caseId, viewer);
    return em.createQuery(
            "SELECT COUNT(k) FROM Contact k WHERE k.active = TRUE AND (k.party = :party"
                + " OR (k.representative IS NOT NULL AND k.representative = :representative))",
            Long.class)
        .setParameter("party", supportCase.getParty())
        .setParameter("representative", supportCase.getRepresentative())
        .getSingleResult();
  }

  /** Edits a contact of the case's party or representative, if the contact rules allow. */
  public void edit(EditContactCommand command) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    Case supportCase = access.visible(command.caseId(), agent);
    Contact contact = contactOf(supportCase, command.contactId());
    ContactRules.checkMayEdit(contact, supportCase, agent);
    if (contact.getVersion() != command.expectedVersion()) {
      throw new ConcurrentChangeException(null);
    }
    String email = blankToNull(command.email());
    if (email != null) {
      email =
          EmailAddresses.valid(email)
              .orElseThrow(() -> new InvalidInputException("email", "error.email.invalid"));
    }
    contact.edit(command.name().strip(), email, blankToNull(command.phone()));
    access.flush();
  }

  /**
   * Deletes a contact of the case's party or representative, if the contact rules allow: a
   * representative's contact linked to any case is deactivated instead. Returns what was done.
   */
  public ContactRules.Removal delete(long caseId, long contactId) {
    Agent agent = agents.currentAgent();
    Case supportCase = access.visible(caseId, agent);
    Contact contact = contactOf(supportCase, contactId);
    boolean linked = !linkedToCases(List.of(contactId)).isEmpty();
    ContactRules.Removal removal = ContactRules.checkMayDelete(contact, supportCase, agent, linked);
    if (removal == ContactRules.Removal.DELETE) {
      em.remove(contact);
    } else {
      contact.deactivate();
    }
    access.flush();
    return removal;
  }

  private Contact contactOf(Case supportCase, long contactId) {
    Contact contact = em.find(Contact.class, contactId);
    boolean ofCase =
        contact != null
            && (contact.belongsTo(supportCase.getParty())
                || (supportCase.getRepresentative() != null
                    && contact.belongsTo(supportCase.getRepresentative())));
    if (!ofCase || !contact.isActive()) {
      throw new NotFoundException();
    }
    return contact;
  }

  /**
   * Which of these contacts any case links to, as its contact or its representative contact,
   * whoever may see that case: a fact about the contact, never shown as case data.
   */
  private Set<Long> linkedToCases(List<Long> contactIds) {
    if (contactIds.isEmpty()) {
      return Set.of();
    }
    Set<Long> linked = new HashSet<>();
    linked.addAll(
        em.createQuery(
                "SELECT DISTINCT c.client.contact.id FROM Case c WHERE c.client.contact.id IN :ids",
                Long.class)
            .setParameter("ids", contactIds)
            .getResultList());
    linked.addAll(
        em.createQuery(
                "SELECT DISTINCT c.client.representativeContact.id FROM Case c"
                    + " WHERE c.client.representativeContact.id IN :ids",
                Long.class)
            .setParameter("ids", contactIds)
            .getResultList());
    return linked;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
