package br.com.atende.mail.application;

import br.com.atende.mail.model.MailTemplate;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of template-based emails: the company's own template for a kind and language, else
 * the default of the mail bundle. Placeholders are names in braces ({caseNumber}, {subject},
 * {party}, {agent}, {company}, {message}, {parts}); unknown ones stay as written. Administrators
 * edit their company's templates.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MailTemplates {

  /** The languages templates are written in. */
  public static final List<String> LANGUAGES = List.of("pt-BR", "en");

  /**
   * The default wording of every email, per language: {@code messages.properties} of the mail area.
   */
  private static final String BUNDLE = "br.com.atende.mail.messages";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  /** A template's subject and body, with placeholders. */
  public record Wording(String subject, String body, boolean custom) {}

  @PermitAll
  public Wording wording(Company company, String kind, String language) {
    return stored(company.getId(), kind, language)
        .map(t -> new Wording(t.getSubject(), t.getBody(), true))
        .orElseGet(() -> defaultWording(kind, language));
  }

  /** The wording an administrator edits for their company. */
  public Wording wordingForEdit(String kind, String language) {
    return wording(agents.currentAgent().getCompany(), kind, checkedLanguage(language));
  }

  /** Saves the company's wording of a kind and language (creating or changing it). */
  public void save(String kind, String language, String subject, String body) {
    checkedLanguage(language);
    if (subject == null || subject.isBlank()) {
      throw new InvalidInputException("templateSubject", "error.required");
    }
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("templateBody", "error.required");
    }
    if (subject.length() > MailTemplate.MAX_SUBJECT || subject.chars().anyMatch(c -> c < ' ')) {
      throw new InvalidInputException("templateSubject", "error.mailTemplate.subject");
    }
    if (body.length() > MailTemplate.MAX_BODY) {
      throw new InvalidInputException("templateBody", "error.tooLong");
    }
    Company company = agents.currentAgent().getCompany();
    Optional<MailTemplate> existing = stored(company.getId(), kind, language);
    if (existing.isPresent()) {
      existing.get().reword(subject, body);
    } else {
      em.persist(new MailTemplate(company, kind, language, subject, body));
    }
  }

  /** Goes back to the default wording. */
  public void reset(String kind, String language) {
    stored(agents.currentAgent().getCompany().getId(), kind, checkedLanguage(language))
        .ifPresent(em::remove);
  }

  /** Fills a wording: the text as is, the HTML with the template and every value escaped. */
  public static ComposedEmail render(Wording wording, Map<String, String> values) {
    String subject = fill(wording.subject(), values, false).replaceAll("\\p{Cntrl}", " ");
    String text = fill(wording.body(), values, false);
    StringBuilder html = new StringBuilder();
    for (String paragraph : fill(wording.body(), values, true).split("\\R\\s*\\R")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(paragraph.strip().replaceAll("\\R", "<br>")).append("</p>");
      }
    }
    return new ComposedEmail(subject, text.replaceAll("\\n{3,}", "\n\n"), html.toString());
  }

  private static String fill(String template, Map<String, String> values, boolean escaped) {
    Matcher placeholders = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (placeholders.find()) {
      String literal = template.substring(last, placeholders.start());
      out.append(escaped ? Html.escapeKeepingLines(literal) : literal);
      String value = values.get(placeholders.group(1));
      String replacement = value == null ? placeholders.group() : value;
      out.append(escaped ? Html.escapeKeepingLines(replacement) : replacement);
      last = placeholders.end();
    }
    String rest = template.substring(last);
    out.append(escaped ? Html.escapeKeepingLines(rest) : rest);
    return out.toString();
  }

  private Optional<MailTemplate> stored(long companyId, String kind, String language) {
    return em.createQuery(
            "SELECT t FROM MailTemplate t WHERE t.company.id = :company AND t.kind = :kind"
                + " AND t.language = :language",
            MailTemplate.class)
        .setParameter("company", companyId)
        .setParameter("kind", kind)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  private static Wording defaultWording(String kind, String language) {
    ResourceBundle text = bundle(Locale.forLanguageTag(language));
    String prefix = MailTemplate.CASE_EMAIL.equals(kind) ? "caseEmail" : kind;
    return new Wording(
        text.getString(prefix + ".subject"), text.getString(prefix + ".body"), false);
  }

  /** The email texts in a language; no fallback to the server's locale (pt-BR is the base). */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String checkedLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "error.mailTemplate.language");
    }
    return language;
  }
}
