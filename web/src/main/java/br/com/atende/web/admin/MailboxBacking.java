package br.com.atende.web.admin;

import br.com.atende.cases.intake.KeptAsideMessage;
import br.com.atende.cases.intake.MailboxOverview;
import br.com.atende.cases.intake.MailboxReview;
import br.com.atende.cases.intake.QuarantinedReply;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * The support mailbox page: its inbound settings and a test of the connection, the replies waiting
 * in quarantine (accepted or rejected one at a time) and the messages kept aside, both paged in the
 * database.
 */
@Named
@ViewScoped
public class MailboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MailboxReview review;

  private MailboxOverview overview;

  private final LazyDataModel<QuarantinedReply> quarantine =
      new PagedModel<>(
          page -> review.quarantine(page), () -> review.quarantineCount(), QuarantinedReply::id);

  private final LazyDataModel<KeptAsideMessage> keptAside =
      new PagedModel<>(
          page -> review.keptAside(page), () -> review.keptAsideCount(), KeptAsideMessage::id);

  @PostConstruct
  void load() {
    overview = review.overview();
  }

  public void testConnection() {
    Optional<String> error = review.testConnection();
    if (error.isEmpty()) {
      Feedback.info("mailbox.connected");
    } else {
      Feedback.warn("mailbox.notConnected", error.get());
    }
  }

  public void accept(long messageId) {
    try {
      review.accept(messageId);
      Feedback.info("mailbox.accepted");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reject(long messageId) {
    try {
      review.reject(messageId);
      Feedback.info("mailbox.rejected");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public MailboxOverview getOverview() {
    return overview;
  }

  public LazyDataModel<QuarantinedReply> getQuarantine() {
    return quarantine;
  }

  public LazyDataModel<KeptAsideMessage> getKeptAside() {
    return keptAside;
  }
}
