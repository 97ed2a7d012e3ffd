package br.com.atende.restapi;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An RFC 9457 problem detail: the status, a title, what went wrong in words, and (for bad input)
 * the field at fault and the message key a client can switch on.
 */
public record Problem(
    String type, String title, int status, String detail, String field, String code) {

  public static final MediaType TYPE = new MediaType("application", "problem+json");

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("br.com.atende.restapi.problems", Locale.ENGLISH);

  /** A problem with the text of a message key, the field named in it. */
  public static Problem of(int status, String code, String field, Object... arguments) {
    String text = text(code);
    Object[] values = new Object[arguments.length + 1];
    values[0] = field == null ? "" : field;
    System.arraycopy(arguments, 0, values, 1, arguments.length);
    String detail = java.text.MessageFormat.format(text.replace("'", "''"), values);
    return new Problem("about:blank", title(status), status, detail, field, code);
  }

  public Response response() {
    Response.ResponseBuilder answer = Response.status(status).type(TYPE).entity(this);
    if (status == 401) {
      answer.header("WWW-Authenticate", "Bearer realm=\"atende\"");
    }
    return answer.build();
  }

  private static String text(String code) {
    try {
      return TEXTS.getString(code);
    } catch (MissingResourceException e) {
      return "{0}: " + code;
    }
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 413 -> "Content too large";
      case 422 -> "Unprocessable content";
      case 429 -> "Too many requests";
      default -> "Internal server error";
    };
  }
}
