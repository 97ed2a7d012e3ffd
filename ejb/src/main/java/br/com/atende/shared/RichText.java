package br.com.atende.shared;

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
}
