package br.com.atende.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text typed in the editor (discussion entries, solutions), cleaned against an allow-list
 * before it is stored: paragraphs, emphasis, lists, quotes, code, and http(s)/mailto links that
 * open in a new tab without referrer. Everything else (scripts, event handlers, styles, frames,
 * other URL schemes) is dropped.
 */
public final class RichText {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowUrlProtocols("http", "https", "mailto")
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                  .allowElements("ul", "ol", "li", "pre", "code", "br", "hr", "span")
                  .toFactory());

  private RichText() {}

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html).strip();
  }

  /** Plain text made safe to show as rich text: every markup character escaped. */
  public static String escape(String plain) {
    return plain == null
        ? ""
        : plain
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
  }

  /**
   * The words a reader sees, without markup: to tell an empty editor ("
   *
   * <p><br>
   * ") from real text.
   */
  public static String visibleText(String html) {
    return html == null
        ? ""
        : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
  }

  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

  /**
   * The words a reader sees, as characters: {@link #visibleText} with the entities the sanitizer
   * wrote decoded (it writes "@" as "&amp;#64;"), for reading what was typed (a mention's
   * {@code @login}). Never to be shown as markup.
   */
  public static String plainText(String html) {
    Matcher entity = NUMERIC_ENTITY.matcher(visibleText(html));
    StringBuilder text = new StringBuilder();
    while (entity.find()) {
      String code = entity.group(1);
      int point =
          code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
      entity.appendReplacement(
          text,
          Matcher.quoteReplacement(
              Character.isValidCodePoint(point) ? new String(Character.toChars(point)) : ""));
    }
    entity.appendTail(text);
    return text.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
