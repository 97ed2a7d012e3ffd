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
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's contacts tab: the contacts of the case's party and representative, edited or
 * deleted where the contact rules let the viewer (the service decides; the buttons follow).
 */
@Named
@ViewScoped
public class CaseContactsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseContactService contacts;

  private final LazyDataModel<CaseContactRow> rows =
      new PagedModel<>(
          request -> contacts.contacts(page.getId(), request),
          () -> contacts.countContacts(page.getId()),
          CaseContactRow::id);

  private CaseContactRow editingRow;
  private String name;
  private String email;
  private String phone;

  public void startEdit(CaseContactRow row) {
    editingRow = row;
    name = row.name();
    email = row.email();
    phone = row.phone();
  }

  public void save() {
    try {
      contacts.edit(
          new EditContactCommand(
              page.getId(), editingRow.id(), editingRow.version(), name, email, phone));
      Feedback.info("view.contact.saved");
      editingRow = null;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
