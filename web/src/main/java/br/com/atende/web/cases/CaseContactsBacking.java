package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseContactRow;
import br.com.atende.cases.application.CaseContactService;
import br.com.atende.cases.application.EditContactCommand;
import br.com.atende.cases.model.ContactRules;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's contacts tab: the contacts of the case's party and representative, edited or
 * deleted where the contact rules let the viewer (the service decides; the buttons follow).
 */
@Named
@ViewScoped
public class CaseContactsBacking extends ContactFormBacking {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseContactService contacts;

  private final LazyDataModel<CaseContactRow> rows =
      new PagedModel<>(
          request -> contacts.contacts(page.getId(), request),
          () -> contacts.countContacts(page.getId()),
          CaseContactRow::id);

  private CaseContactRow editingRow;

  public void startEdit(CaseContactRow row) {
    editingRow = row;
    fill(row.name(), row.email(), row.phone());
  }

  public void save() {
    try {
      contacts.edit(
          new EditContactCommand(
              page.getId(),
              editingRow.id(),
              editingRow.version(),
              getName(),
              getEmail(),
              getPhone()));
      Feedback.info("view.contact.saved");
      editingRow = null;
      empty();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void delete(CaseContactRow row) {
    try {
      ContactRules.Removal removal = contacts.delete(page.getId(), row.id());
      Feedback.info(
          removal == ContactRules.Removal.DELETE
              ? "view.contact.deleted"
              : "view.contact.deactivated");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<CaseContactRow> getRows() {
    return rows;
  }

  public CaseContactRow getEditingRow() {
    return editingRow;
  }
}
