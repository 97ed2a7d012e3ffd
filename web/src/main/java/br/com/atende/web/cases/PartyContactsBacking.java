package br.com.atende.web.cases;

import br.com.atende.party.application.ContactForm;
import br.com.atende.party.application.ContactRow;
import br.com.atende.party.application.PartyRegistry;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/**
 * The contacts panel of the party page: the party's contacts paged in the database, and the form
 * that adds one or changes one of the list. Who may change or deactivate which contact is the
 * service's to say (SPEC C1); the page only reports its refusal.
 */
@Named
@ViewScoped
public class PartyContactsBacking extends ContactFormBacking {

  private static final long serialVersionUID = 1L;

  @Inject private PartyRegistry registry;

  private Long partyId;

  private Long editingId;

  private final LazyDataModel<ContactRow> rows =
      new PagedModel<>(
          page -> registry.contacts(partyId, page),
          () -> registry.countContacts(partyId).value(),
          ContactRow::id);

  public void edit(ContactRow row) {
    editingId = row.id();
    fill(row.name(), row.email(), row.phone());
  }

  public void save() {
    ContactForm form = new ContactForm(getName(), getEmail(), getPhone());
    try {
      if (editingId == null) {
        registry.addContact(partyId, form);
        Feedback.info("parties.contact.added", getName());
      } else {
        registry.changeContact(editingId, form);
        Feedback.info("parties.contact.changed", getName());
      }
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void deactivate(long contactId, String contactName) {
    try {
      registry.deactivateContact(contactId);
      Feedback.info("parties.contact.deactivated", contactName);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    editingId = null;
    empty();
  }

  public LazyDataModel<ContactRow> getRows() {
    return rows;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }
}
