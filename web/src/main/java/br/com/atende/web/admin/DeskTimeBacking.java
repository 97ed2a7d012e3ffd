package br.com.atende.web.admin;

import br.com.atende.shared.BusinessException;
import br.com.atende.timekeeping.application.DeskRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.timekeeping.model.EntryMode;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The desks panel of the time administration page: each desk's entry mode and whether a case needs
 * an entry before it is concluded.
 */
@Named
@ViewScoped
public class DeskTimeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TimeAdminService admin;

  private final LazyDataModel<DeskRow> desks =
      new PagedModel<>(
          request -> admin.desks(request), () -> admin.countDesks().value(), DeskRow::departmentId);

  private DeskRow selected;
  private EntryMode mode;
  private boolean entryRequired;

  public void edit(DeskRow row) {
    selected = row;
    mode = row.mode();
    entryRequired = row.entryRequired();
  }

  public void save() {
    if (selected == null) {
      return;
    }
    try {
      admin.saveDesk(
          new DeskRow(
              selected.departmentId(),
              selected.company(),
              selected.department(),
              mode,
              entryRequired));
      Feedback.info("admin.time.saved", selected.department());
      selected = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<DeskRow> getDesks() {
    return desks;
  }

  public DeskRow getSelected() {
    return selected;
  }

  public EntryMode[] getModes() {
    return EntryMode.values();
  }

  public EntryMode getMode() {
    return mode;
  }

  public void setMode(EntryMode mode) {
    this.mode = mode;
  }

  public boolean isEntryRequired() {
    return entryRequired;
  }

  public void setEntryRequired(boolean entryRequired) {
    this.entryRequired = entryRequired;
  }
}
