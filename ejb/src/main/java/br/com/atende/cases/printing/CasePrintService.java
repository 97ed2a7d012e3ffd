package br.com.atende.cases.printing;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.RichText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The printed case (seed 004 §4.3): its header facts, request, solutions and discussion, laid out
 * in its company's template, as XHTML for the browser's print and as PDF. The case is read through
 * the access rule; internal entries are printed only when asked for.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CasePrintService {

  /**
   * How many solutions and entries a print holds, oldest first: a printed case is read on paper,
   * and one with more says how many were left out rather than printing a book.
   */
  static final int ENTRY_LIMIT = 300;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Clock clock;

  /** The printable XHTML document of a case the caller may see. */
  public String document(long caseId, boolean withInternal, Locale locale) {
    Agent viewer = agents.currentAgent();
    Case visible = access.visible(caseId, viewer);
    CaseDetails c = CaseDetails.of(visible);
    // No fallback to the server's own locale: a Portuguese reader gets the base bundle.
    ResourceBundle text =
        ResourceBundle.getBundle(
            "br.com.atende.cases.printing.print",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    Map<String, String> values = new HashMap<>();
    values.put("company", RichText.escape(c.companyName()));
    values.put("number", RichText.escape(c.number()));
    values.put("subject", RichText.escape(c.subject()));
    values.put("status", RichText.escape(text.getString("status." + c.status())));
    values.put("priority", RichText.escape(text.getString("priority." + c.priority())));
    values.put("party", RichText.escape(c.partyName()));
    values.put("contact", RichText.escape(orDash(c.contactName())));
    values.put("department", RichText.escape(c.departmentName()));
    values.put("holder", RichText.escape(orDash(c.holderName())));
    values.put("openedAt", c.openedAt() == null ? "—" : when.format(c.openedAt()));
    values.put("dueDate", c.dueDate() == null ? "—" : when.format(c.dueDate()));
    values.put("request", paragraphs(c.request()));
    values.put("solutions", solutions(c, viewer, text, when));
    values.put("discussion", discussion(c, viewer, withInternal, text, when));
    values.put("printedAt", when.format(LocalDateTime.now(clock)));
    values.put("printedBy", RichText.escape(viewer.getName()));
    PrintTemplate template = em.find(PrintTemplate.class, c.companyId());
    return PrintLayout.document(
        RichText.escape(c.number() + " · " + c.subject()),
        template == null ? PrintLayout.DEFAULT_TEMPLATE : template.getBody(),
        values);
  }

  /** The same document as PDF (A4), laid out by Flying Saucer on OpenPDF. */
  public byte[] pdf(long caseId, boolean withInternal, Locale locale) {
    String document = document(caseId, withInternal, locale);
    ITextRenderer renderer = new ITextRenderer();
    renderer.setDocumentFromString(document);
    renderer.layout();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    renderer.createPDF(pdf);
    return pdf.toByteArray();
  }

  private String solutions(
      CaseDetails c, Agent viewer, ResourceBundle text, DateTimeFormatter when) {
    List<Object[]> rows =
        access
            .ofVisibleCase(
                "SELECT a.name, s.createdAt, s.body FROM SolutionEntry s JOIN s.supportCase c"
                    + " JOIN s.author a WHERE c.id = :case AND c.company.id = :company AND "
                    + AccessRule.JPQL
                    + " ORDER BY s.createdAt, s.id",
                Object[].class,
                c.id(),
                viewer,
                c.companyId())
            .setMaxResults(ENTRY_LIMIT + 1)
            .getResultList();
    if (rows.isEmpty()) {
      return "<p>" + RichText.escape(text.getString("print.noSolutions")) + "</p>";
    }
    return entries(rows, false, text, when);
  }

  private String discussion(
      CaseDetails c,
      Agent viewer,
      boolean withInternal,
      ResourceBundle text,
      DateTimeFormatter when) {
    List<Object[]> rows =
        access
            .ofVisibleCase(
                "SELECT a.name, d.createdAt, d.body, d.internal FROM DiscussionEntry d"
                    + " JOIN d.supportCase c JOIN d.author a"
                    + " WHERE c.id = :case AND c.company.id = :company"
                    + (withInternal ? "" : " AND d.internal = FALSE")
                    + " AND d.body IS NOT NULL AND "
                    + AccessRule.JPQL
                    + " ORDER BY d.createdAt, d.id",
                Object[].class,
                c.id(),
                viewer,
                c.companyId())
            .setMaxResults(ENTRY_LIMIT + 1)
            .getResultList();
    if (rows.isEmpty()) {
      return "<p>" + RichText.escape(text.getString("print.noEntries")) + "</p>";
    }
    return entries(rows, true, text, when);
  }

  /** Entries as printed: author and time, then the body (rich text, sanitized again here). */
  private static String entries(
      List<Object[]> rows, boolean marked, ResourceBundle text, DateTimeFormatter when) {
    StringBuilder html = new StringBuilder();
    for (Object[] row : rows.subList(0, Math.min(rows.size(), ENTRY_LIMIT))) {
      boolean internal = marked && Boolean.TRUE.equals(row[3]);
      html.append("<div class=\"print-entry")
          .append(internal ? " print-internal" : "")
          .append("\"><p class=\"print-entry-head\">")
          .append(RichText.escape((String) row[0]))
          .append(" · ")
          .append(when.format((LocalDateTime) row[1]));
      if (internal) {
        html.append(" · ").append(RichText.escape(text.getString("print.internal")));
      }
      html.append("</p><div>").append(RichText.sanitize((String) row[2])).append("</div></div>");
    }
    if (rows.size() > ENTRY_LIMIT) {
      html.append("<p>")
          .append(
              RichText.escape(
                  new MessageFormat(text.getString("print.more"), text.getLocale())
                      .format(new Object[] {ENTRY_LIMIT})))
          .append("</p>");
    }
    return html.toString();
  }

  /** Plain text with its line breaks kept. */
  private static String paragraphs(String plain) {
    return RichText.escape(plain == null ? "" : plain)
        .replace("\r\n", "\n")
        .replace("\n", "<br />");
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
