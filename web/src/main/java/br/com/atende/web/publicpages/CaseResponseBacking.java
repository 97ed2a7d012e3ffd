package br.com.atende.web.publicpages;

import br.com.atende.cases.notification.CaseResponseService;
import br.com.atende.cases.notification.CaseResponseToken;
import br.com.atende.cases.notification.CaseResponseView;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The client's answer page of a solution notification, outside the login: the GET shows the case
 * and the form (spending nothing); the POST (a JSF postback, guarded by the server-side view state)
 * confirms or reopens. The token stays in this view-scoped bean, never in a hidden field.
 */
@Named
@ViewScoped
public class CaseResponseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseResponseService responses;

  private String token;

  private CaseResponseView view;

  private Integer rating;

  private String comment;

  private CaseResponseToken.Outcome answered;

  @PostConstruct
  void load() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
    view = responses.view(token);
  }

  public void confirm() {
    respond(CaseResponseToken.Outcome.CONFIRMED);
  }

  public void reopen() {
    respond(CaseResponseToken.Outcome.REOPENED);
  }

  private void respond(CaseResponseToken.Outcome outcome) {
    try {
      responses.respond(token, outcome, rating, comment);
      answered = outcome;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
    view = responses.view(token);
  }

  public CaseResponseView getView() {
    return view;
  }

  public CaseResponseToken.Outcome getAnswered() {
    return answered;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
