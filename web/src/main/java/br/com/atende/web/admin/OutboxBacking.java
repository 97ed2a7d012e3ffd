package br.com.atende.web.admin;

import br.com.atende.mail.application.OutboxEntry;
import br.com.atende.mail.application.OutboxQuery;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The outbox page: pending, sent and failed email, paged in the database, and one email's text on
 * demand.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OutboxQuery outbox;

  private String shownText;

  private final LazyDataModel<OutboxEntry> emails =
      new PagedModel<>(page -> outbox.list(page), () -> outbox.count(), OutboxEntry::id);

  public void show(long emailId) {
    shownText = outbox.text(emailId);
  }

  public LazyDataModel<OutboxEntry> getEmails() {
    return emails;
  }

  public String getShownText() {
    return shownText;
  }
}
