package br.com.atende.web.cases;

import br.com.atende.cases.intake.QuarantinedReply;
import br.com.atende.cases.intake.ReplyQuarantine;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The replies waiting in quarantine, on the agents' page and on the administrators' mailbox page:
 * paged in the database within the access rule (the count capped), each accepted or rejected with
 * one service call, which refuses whoever may not write to its case.
 */
@Named
@ViewScoped
public class QuarantineBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReplyQuarantine quarantine;

  private final LazyDataModel<QuarantinedReply> replies =
      new PagedModel<>(
          page -> quarantine.page(page), () -> quarantine.count().value(), QuarantinedReply::id);

  public void accept(long messageId) {
    try {
      quarantine.accept(messageId);
      Feedback.info("mailbox.accepted");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reject(long messageId) {
    try {
      quarantine.reject(messageId);
      Feedback.info("mailbox.rejected");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<QuarantinedReply> getReplies() {
    return replies;
  }
}
