package br.com.atende.it.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite's XSS payloads ({@code security/xss-payloads.txt}) and the checks that markup built
 * from them stayed inert: no event-handler attribute, no script without the page's nonce, no
 * script-bearing URL in an attribute, nothing loaded from another host, no expression evaluated.
 */
public final class XssCorpus {

  public static final String RESOURCE = "security/xss-payloads.txt";

  /** 7 to the 9th: what {@code #{7*7*7*7*7*7*7*7*7}} (or ${…}, <%= … %>) would turn into. */
  public static final String EVALUATED = "40353607";

  /** A real tag: in escaped text its "<" is "&lt;", so text never matches. */
  private static final Pattern TAG =
      Pattern.compile(
          "<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);?");

  private static final java.util.Set<String> URL_ATTRIBUTES =
      java.util.Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "xlink:href",
          "poster",
          "background",
          "srcdoc",
          "content",
          "srcset");

  private static final Pattern STYLE_BLOCK =
      Pattern.compile("<style\\b[^>]*>([^<]*)", Pattern.CASE_INSENSITIVE);

  private static final java.util.Set<String> FOREIGN =
      java.util.Set.of("iframe", "object", "embed", "base", "frame", "frameset", "applet");

  private XssCorpus() {}

  /** Every payload, {@code {{OUT}}} replaced by the given base address (of another host). */
  public static List<String> payloads(String outside) {
    try (InputStream in = XssCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("# "))
          .map(line -> line.replace("{{OUT}}", outside))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What in this HTML (a page, or an email's HTML part) is not inert, or null when all is: an
   * inline script must carry the nonce (null nonce: no inline script may appear at all).
   */
  public static String activeMarkup(String html, String nonce) {
    Matcher tags = TAG.matcher(html);
    int from = 0;
    while (tags.find(from)) {
      String name = tags.group(1).toLowerCase();
      String problem = activeTag(name, tags.group(2), nonce);
      if (problem != null) {
        return problem + ": " + around(html, tags.start());
      }
      from = tags.end();
      if (name.equals("script")) {
        // A script the page may run: its text is script, not markup, up to the first "</script"
        // (a widget's label holding "<script>" in a string is text; one that ended the element
        // early would leave the rest as markup, and be read so).
        int end = html.toLowerCase(java.util.Locale.ROOT).indexOf("</script", from);
        from = end < 0 ? html.length() : end;
      }
    }
    // Inside a script the page may run (the tags above checked every one), "<style>" is text of
    // the script, such as a widget's label in a JS string, not a style block.
    String markup = html.replaceAll("(?is)(<script\\b[^>]*>).*?(</script)", "$1$2");
    Matcher style = STYLE_BLOCK.matcher(markup);
    while (style.find()) {
      if (style.group(1).contains("127.0.0.2")) {
        return "style block loading from another host: " + around(markup, style.start());
      }
    }
    if (html.contains(EVALUATED)) {
      return "an expression was evaluated: " + around(html, html.indexOf(EVALUATED));
    }
    return null;
  }

  private static String activeTag(String name, String attributes, String nonce) {
    if (FOREIGN.contains(name)) {
      return "foreign frame or base";
    }
    boolean noopener = false;
    String outsideLink = null;
    Matcher attribute = ATTRIBUTE.matcher(attributes);
    java.util.Map<String, String> values = new java.util.HashMap<>();
    while (attribute.find()) {
      String key = attribute.group(1).toLowerCase();
      String raw =
          attribute.group(2) != null
              ? attribute.group(2)
              : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      String value = decoded(raw == null ? "" : raw);
      values.put(key, value);
      String compact = value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase();
      if (key.startsWith("on")) {
        return "event handler " + key;
      }
      if (URL_ATTRIBUTES.contains(key)
          && (compact.startsWith("javascript:")
              || compact.startsWith("vbscript:")
              || compact.startsWith("data:text"))) {
        return "script URL in " + key;
      }
      if (key.equals("style") && compact.contains("url(") && compact.contains("127.0.0.2")) {
        return "style loading from another host";
      }
      if (URL_ATTRIBUTES.contains(key) && compact.contains("//127.0.0.2")) {
        if (name.equals("a") && key.equals("href")) {
          outsideLink = value;
        } else {
          return "loads from another host through " + key;
        }
      }
      if (key.equals("rel") && compact.contains("noopener")) {
        noopener = true;
      }
    }
    if (outsideLink != null && !noopener) {
      // A plain link to another host is fine when it opens without a hold on this page.
      return "link to another host without noopener";
    }
    if (name.equals("script")) {
      String src = values.get("src");
      boolean ownFile = src != null && src.startsWith("/atende/jakarta.faces.resource/");
      if (!ownFile && (nonce == null || !nonce.equals(values.get("nonce")))) {
        return "script without the page's nonce";
      }
    }
    if (name.equals("meta") && "refresh".equalsIgnoreCase(values.get("http-equiv"))) {
      return "meta refresh";
    }
    return null;
  }

  /** What the browser reads in an attribute value: character references resolved. */
  private static String decoded(String value) {
    Matcher entity = NUMERIC_ENTITY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
      entity.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
    }
    entity.appendTail(out);
    return out.toString()
        .replace("&colon;", ":")
        .replace("&Tab;", "\t")
        .replace("&NewLine;", "\n")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 160));
  }
}
