package br.com.atende.mail.application;

/** Escaping of user-typed text placed into an HTML email body. */
public final class Html {

  private Html() {}

  /** Escapes markup but keeps line breaks as they are (for text laid out in paragraphs later). */
  public static String escapeKeepingLines(String text) {
    return escape(text.replace("\r", "")).replace("<br>", "\n");
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("<br>");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
