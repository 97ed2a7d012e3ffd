package br.com.atende.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the viewer reads Atende in: Brazilian Portuguese unless they switch to English. */
@Named
@SessionScoped
public class ActiveLocale implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

  private Locale current = PORTUGUESE;

  public Locale getCurrent() {
    return current;
  }

  public String getLanguageTag() {
    return current.toLanguageTag();
  }

  public void toggle() {
    current = current.getLanguage().equals("en") ? PORTUGUESE : Locale.ENGLISH;
  }
}
