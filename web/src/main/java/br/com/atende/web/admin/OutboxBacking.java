package br.com.atende.web.admin;

import br.com.atende.mail.application.OutboxEntry;
import br.com.atende.mail.application.OutboxQuery;
import br.com.atende.mail.model.OutboundEmail;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The outbox page: pending, sending, sent and failed email, filtered by status and paged in the
 * database, one email's text on demand, and a FAILED email sent again.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OutboxQuery outbox;

  private String shownText;

  private OutboundEmail.Status status;

  private final LazyDataModel<OutboxEntry> emails =
      new PagedModel<>(
          page -> outbox.list(status, page), () -> outbox.count(status), OutboxEntry::id);

  public void show(long emailId) {
    shownText = outbox.text(emailId);
  }

  public void retry(long emailId) {
    try {
      outbox.retry(emailId);
      Feedback.info("outbox.retried");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public OutboundEmail.Status[] getStatuses() {
    return OutboundEmail.Status.values();
  }

  public OutboundEmail.Status getStatus() {
    return status;
  }

  public void setStatus(OutboundEmail.Status status) {
    this.status = status;
  }

  public LazyDataModel<OutboxEntry> getEmails() {
    return emails;
  }

  public String getShownText() {
    return shownText;
  }
}
