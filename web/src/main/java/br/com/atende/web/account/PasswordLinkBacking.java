package br.com.atende.web.account;

import br.com.atende.account.application.PasswordLinks;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page of a password link (invitation, reset, first administrator): the GET shows whose account
 * it is, spending nothing; the postback chooses the password and spends the link. The token stays
 * in this view-scoped bean, never in a hidden field.
 */
@Named
@ViewScoped
public class PasswordLinkBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PasswordLinks links;

  private String token;

  private PasswordLinks.LinkView view;

  private String password;

  private String confirmation;

  private boolean chosen;

  @PostConstruct
  void load() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
    view = links.view(token);
  }

  public void choose() {
    try {
      links.choosePassword(token, chars(password), chars(confirmation));
      chosen = true;
    } catch (BusinessException e) {
      Feedback.error(e);
      view = links.view(token);
    }
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public PasswordLinks.LinkView getView() {
    return view;
  }

  public boolean isChosen() {
    return chosen;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
