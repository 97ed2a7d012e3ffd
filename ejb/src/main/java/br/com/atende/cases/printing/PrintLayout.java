package br.com.atende.cases.printing;

import br.com.atende.shared.InvalidInputException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Lays a case out in a company's print template: {@code [[name]]} placeholders are replaced by
 * values that are already safe markup (escaped text, sanitized rich text, or sections this package
 * builds). The template itself is sanitized when saved, with an allow-list for documents (headings,
 * tables, inline styles): what an administrator writes can format the print, never run in it.
 * Placeholders are in square brackets because the sanitizer breaks up double braces (a defence
 * against client-side template injection).
 */
public final class PrintLayout {

  static final int TEMPLATE_LENGTH = 20_000;

  /** The placeholders a template may use, in the order the editor lists them. */
  public static final java.util.List<String> PLACEHOLDERS =
      java.util.List.of(
          "company",
          "number",
          "subject",
          "status",
          "priority",
          "party",
          "contact",
          "department",
          "holder",
          "openedAt",
          "dueDate",
          "request",
          "solutions",
          "discussion",
          "printedAt",
          "printedBy");

  public static final String DEFAULT_TEMPLATE =
      "<div class=\"print-head\"><p class=\"print-company\">[[company]]</p>"
          + "<h1>[[number]] · [[subject]]</h1>"
          + "<table class=\"print-facts\"><tbody>"
          + "<tr><th>Status</th><td>[[status]]</td><th>Prioridade</th><td>[[priority]]</td></tr>"
          + "<tr><th>Cliente</th><td>[[party]]</td><th>Contato</th><td>[[contact]]</td></tr>"
          + "<tr><th>Departamento</th><td>[[department]]</td><th>Responsável</th><td>[[holder]]</td></tr>"
          + "<tr><th>Abertura</th><td>[[openedAt]]</td><th>Prazo</th><td>[[dueDate]]</td></tr>"
          + "</tbody></table></div>"
          + "<h2>Solicitação</h2><div class=\"print-request\">[[request]]</div>"
          + "<h2>Soluções</h2>[[solutions]]"
          + "<h2>Discussão</h2>[[discussion]]"
          + "<p class=\"print-foot\">Impresso em [[printedAt]] por [[printedBy]]</p>";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[([a-zA-Z]+)\\]\\]");

  private static final PolicyFactory TEMPLATE_POLICY =
      new HtmlPolicyBuilder()
          .allowCommonBlockElements()
          .allowCommonInlineFormattingElements()
          .allowStyling()
          .allowElements(
              "table", "thead", "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "br", "hr",
              "span", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "small", "section")
          .allowAttributes("class")
          .globally()
          .allowAttributes("colspan", "rowspan")
          .onElements("td", "th")
          .toFactory();

  private static final String PAGE_STYLE =
      "body{font-family:Helvetica,Arial,sans-serif;font-size:10.5pt;color:#1f2933;margin:0}"
          + "h1{font-size:15pt;margin:4pt 0 8pt}h2{font-size:12pt;margin:14pt 0 4pt;"
          + "border-bottom:1px solid #c5ccd3}table{border-collapse:collapse;width:100%}"
          + "th,td{text-align:left;vertical-align:top;padding:2pt 6pt 2pt 0}"
          + "th{color:#52606d;font-weight:normal;width:16%}.print-company{color:#52606d;margin:0}"
          + ".print-entry{margin:0 0 8pt;page-break-inside:avoid}"
          + ".print-entry-head{color:#52606d;font-size:9pt}.print-internal{background:#fff8e1}"
          + ".print-foot{color:#7b8794;font-size:8.5pt;margin-top:16pt}"
          + "@page{size:A4;margin:16mm}@media print{a{color:inherit}}";

  private PrintLayout() {}

  /** The template as it will be stored: sanitized, bounded, and not empty. */
  public static String sanitizedTemplate(String template) {
    String clean = template == null ? "" : TEMPLATE_POLICY.sanitize(template).strip();
    if (clean.isEmpty()) {
      throw new InvalidInputException("template", "error.required");
    }
    if (clean.length() > TEMPLATE_LENGTH) {
      throw new InvalidInputException("template", "error.tooLong");
    }
    return clean;
  }

  /**
   * The printable XHTML document: the template with each placeholder replaced by its value (safe
   * markup); an unknown placeholder prints as nothing.
   */
  public static String document(String title, String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder body = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          body, Matcher.quoteReplacement(values.getOrDefault(placeholder.group(1), "")));
    }
    placeholder.appendTail(body);
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        + "<meta charset=\"UTF-8\"/><title>"
        + title
        + "</title><style>"
        + PAGE_STYLE
        + "</style></head><body>"
        + body
        + "</body></html>";
  }
}
