package br.com.atende.cannedreply.model;

import br.com.atende.shared.RichText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a canned reply's placeholders for a case (seed 004 §4.1): {@code {cliente}}, {@code
 * {contato}}, {@code {caso}}, {@code {assunto}}, {@code {atendente}} and their English names {@code
 * {client}}, {@code {contact}}, {@code {case}}, {@code {subject}}, {@code {agent}}; any other brace
 * stays as written. The text and every value are plain text: both are escaped, lines become
 * paragraphs, and the result goes through the same sanitizing as a typed reply, so a name carrying
 * markup stays inert text in the composer and in the reply it becomes.
 */
public final class Placeholders {

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(cliente|client|contato|contact|caso|case|assunto|subject|atendente|agent)}");

  private Placeholders() {}

  /** The values of a case, by the placeholder's Portuguese name. */
  public record Values(
      String client, String contact, String caseNumber, String subject, String agent) {

    String of(String placeholder) {
      String value =
          switch (placeholder) {
            case "cliente", "client" -> client;
            case "contato", "contact" -> contact;
            case "caso", "case" -> caseNumber;
            case "assunto", "subject" -> subject;
            default -> agent;
          };
      return value == null ? "" : value;
    }
  }

  /** The reply's text filled with the case's values, as sanitized rich text for the editor. */
  public static String fill(String text, Values values) {
    StringBuilder html = new StringBuilder();
    for (String line : text.replace("\r", "").split("\n", -1)) {
      String filled = fillLine(line, values);
      html.append("<p>").append(filled.isEmpty() ? "<br>" : filled).append("</p>");
    }
    return RichText.sanitize(html.toString());
  }

  private static String fillLine(String line, Values values) {
    Matcher matcher = PLACEHOLDER.matcher(line);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (matcher.find()) {
      out.append(RichText.escape(line.substring(at, matcher.start())));
      out.append(RichText.escape(values.of(matcher.group(1))));
      at = matcher.end();
    }
    out.append(RichText.escape(line.substring(at)));
    return out.toString();
  }
}
