package br.com.atende.web.shared;

import br.com.atende.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns outcomes and business errors into translated messages for the viewer. */
public final class Feedback {

  private static final String BUNDLE = "br.com.atende.web.i18n.messages";

  private Feedback() {}

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void warn(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_WARN, key, arguments);
  }

  /** The error's message, naming the field at fault by its label on the page. */
  public static void error(BusinessException e) {
    Object[] details = e.arguments();
    Object[] arguments = new Object[details.length + 1];
    arguments[0] = e.field() == null ? "" : text(fieldLabelKey(e.field()));
    System.arraycopy(details, 0, arguments, 1, details.length);
    add(FacesMessage.SEVERITY_ERROR, e.messageKey(), arguments);
  }

  /** Messages survive the redirect that follows a successful action. */
  public static void keepForNextRequest() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    try {
      return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /**
   * A label in a language, where no page is being rendered (a servlet's download): the text as the
   * bundle has it (not a message pattern), the key itself when the bundle has none.
   */
  public static String label(Locale locale, String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** "partyId" is labelled by "case.party", "subject" by "case.subject". */
  private static String fieldLabelKey(String field) {
    return "case." + field.replaceFirst("Id$", "");
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String summary = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }
}
