package br.com.atende.web.faq;

import br.com.atende.faq.application.ApproveFaqCommand;
import br.com.atende.faq.application.FaqRequestItem;
import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.RejectFaqCommand;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The supervisor's review queue of FAQ requests: approve (possibly edited) or reject. */
@Named
@ViewScoped
public class FaqReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FaqService faq;

  private final LazyDataModel<FaqRequestItem> rows =
      new PagedModel<>(
          request -> faq.reviewQueue(request), () -> faq.countReviewQueue(), FaqRequestItem::id);

  private FaqRequestItem reviewing;
  private String question;
  private String answer;
  private String reason;

  public void start(FaqRequestItem item) {
    reviewing = item;
    question = item.question();
    answer = item.answer();
    reason = null;
  }

  public void approve() {
    try {
      faq.approve(new ApproveFaqCommand(reviewing.id(), reviewing.version(), question, answer));
      Feedback.info("faq.review.approved");
      reviewing = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reject() {
    try {
      faq.reject(new RejectFaqCommand(reviewing.id(), reviewing.version(), reason));
      Feedback.info("faq.review.rejected");
      reviewing = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void cancel() {
    reviewing = null;
  }

  public LazyDataModel<FaqRequestItem> getRows() {
    return rows;
  }

  public FaqRequestItem getReviewing() {
    return reviewing;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
