package br.com.atende.mail.model;

import br.com.atende.organization.model.Company;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A company's text for one kind of email in one language, with placeholders such as {@code
 * {caseNumber}}; a company without one gets the default text of the mail bundle.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

  /** The kinds of email a company can word its own way. */
  public static final String CASE_EMAIL = "CASE_EMAIL";

  public static final int MAX_SUBJECT = 250;

  public static final int MAX_BODY = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
  @SequenceGenerator(
      name = "mail_template_seq",
      sequenceName = "mail_template_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @Column(nullable = false, updatable = false, length = 30)
  private String kind;

  @Column(nullable = false, updatable = false, length = 10)
  private String language;

  @Column(nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Version private long version;

  protected MailTemplate() {}

  public MailTemplate(Company company, String kind, String language, String subject, String body) {
    this.company = Objects.requireNonNull(company);
    this.kind = Objects.requireNonNull(kind);
    this.language = Objects.requireNonNull(language);
    reword(subject, body);
  }

  public void reword(String subject, String body) {
    this.subject = Objects.requireNonNull(subject).strip();
    this.body = Objects.requireNonNull(body).strip();
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }
}
