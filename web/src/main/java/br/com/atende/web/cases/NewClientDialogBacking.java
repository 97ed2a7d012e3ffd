package br.com.atende.web.cases;

import br.com.atende.party.application.DuplicateTaxIdException;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyRegistry;
import br.com.atende.party.application.PartyRow;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The opening form's "add a client" dialog (seed 004 §2.1): creates the party with the party page's
 * rules and makes it the form's client without leaving the form. Its content is built only once the
 * dialog is opened (PrimeFaces loads a dynamic dialog with a postback naming it), so the opening
 * page a GET builds does not grow by the dialog's form.
 */
@Named
@ViewScoped
public class NewClientDialogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NOT_OPENED = "/WEB-INF/includes/empty.xhtml";

  /** The request parameter of the dynamic dialog's loading postback. */
  private static final String CONTENT_LOAD = "newClientForm:newClientDialog_contentLoad";

  @Inject private PartyRegistry registry;

  @Inject private OpenCaseBacking opening;

  private final PartyFields fields = new PartyFields();

  private boolean opened;

  /** The dialog's fragment once it has been opened in this view, an empty one before. */
  public String content(String fragment) {
    if (!opened
        && FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(CONTENT_LOAD)
            != null) {
      opened = true;
    }
    return opened ? fragment : NOT_OPENED;
  }

  /** Creates the client and chooses it in the opening form; the dialog closes on success. */
  public void save() {
    try {
      PartyOption created = registry.create(fields.form());
      opening.clientChosen(created);
      Feedback.info("parties.created", created.name());
      fields.clear();
    } catch (DuplicateTaxIdException e) {
      fields.duplicateOf(e);
      Feedback.error(e);
      failed();
    } catch (BusinessException e) {
      Feedback.error(e);
      failed();
    }
  }

  /** Chooses, instead, the party that already has the tax id typed. */
  public void useExisting() {
    try {
      PartyRow existing = registry.row(fields.getDuplicateOfId());
      if (!existing.active()) {
        throw new BusinessException("error.party.inactive", "party");
      }
      opening.clientChosen(
          new PartyOption(existing.id(), existing.kind(), existing.name(), existing.taxId()));
      fields.clear();
    } catch (BusinessException e) {
      Feedback.error(e);
      failed();
    }
  }

  /** Keeps the dialog open: its oncomplete closes it only when the action did not fail. */
  private static void failed() {
    FacesContext.getCurrentInstance().validationFailed();
  }

  public PartyFields getFields() {
    return fields;
  }

  public PartyKind[] getKinds() {
    return PartyKind.values();
  }
}
