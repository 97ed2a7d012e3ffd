package br.com.atende.web.publicpages;

import br.com.atende.cases.notification.CaseResponseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of the public answer page: the one the client's email was written in, known from the
 * link's token (kept in the URL of the GET and of the postback), pt-BR otherwise. Request scoped,
 * because the locale is needed before the view exists.
 */
@Named
@RequestScoped
public class CaseResponseLocale {

  @Inject private CaseResponseService responses;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      String token =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("token");
      String language = responses.view(token).language();
      locale = Locale.forLanguageTag(language == null ? "pt-BR" : language);
    }
    return locale;
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }
}
