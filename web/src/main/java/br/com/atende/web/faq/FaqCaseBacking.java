package br.com.atende.web.faq;

import br.com.atende.faq.application.FaqDraft;
import br.com.atende.faq.application.FaqHit;
import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.RequestFaqCommand;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.cases.CaseBacking;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's FAQ tab: search the approved FAQ, solve the case with an entry, or request a new
 * entry pre-filled from the case.
 */
@Named
@ViewScoped
public class FaqCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private FaqService faq;

  private String terms;
  private boolean searched;
  private boolean requesting;
  private String question;
  private String answer;

  private final LazyDataModel<FaqHit> results =
      new PagedModel<>(request -> faq.search(terms, request), () -> faq.count(terms), FaqHit::id);

  public void search() {
    searched = true;
  }

  public void solve(FaqHit hit) {
    try {
      faq.solveWith(page.getId(), hit.id());
      Feedback.info("faq.solved");
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void startRequest() {
    try {
      FaqDraft draft = faq.draftFrom(page.getId());
      question = draft.question();
      answer = draft.answer();
      requesting = true;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void submitRequest() {
    try {
      faq.request(new RequestFaqCommand(page.getId(), question, answer));
      Feedback.info("faq.requested");
      requesting = false;
      question = null;
      answer = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void cancelRequest() {
    requesting = false;
  }

  public LazyDataModel<FaqHit> getResults() {
    return results;
  }

  public String getTerms() {
    return terms;
  }

  public void setTerms(String terms) {
    this.terms = terms;
  }

  public boolean isSearched() {
    return searched;
  }

  public boolean isRequesting() {
    return requesting;
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
}
