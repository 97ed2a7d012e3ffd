package br.com.atende.faq.model;

import br.com.atende.cases.model.Case;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Product;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A question and its answer (sanitized rich text) of one company's FAQ. An agent requests it,
 * usually from a case; a supervisor of the same company approves it (possibly editing it) or
 * rejects it with a reason. Review happens once: only a REQUESTED entry may be approved or
 * rejected.
 */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

  public static final int QUESTION_MAX = 300;
  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_entry_seq")
  @SequenceGenerator(name = "faq_entry_seq", sequenceName = "faq_entry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @Column(nullable = false, length = QUESTION_MAX)
  private String question;

  @Column(nullable = false)
  private String answer;

  /** Question and answer text folded by {@link #fold}: what the search matches. */
  @Column(name = "search_text", nullable = false)
  private String searchText;

  @ManyToOne
  @JoinColumn(name = "case_type_id")
  private CaseType caseType;

  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FaqStatus status;

  @Column(name = "rejection_reason", length = REASON_MAX)
  private String rejectionReason;

  @ManyToOne(optional = false)
  @JoinColumn(name = "requested_by_id", updatable = false)
  private Agent requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  @ManyToOne
  @JoinColumn(name = "source_case_id", updatable = false)
  private Case sourceCase;

  @ManyToOne
  @JoinColumn(name = "reviewed_by_id")
  private Agent reviewedBy;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Version private long version;

  protected FaqEntry() {}

  /**
   * A request for a new entry. The source case, when given, must be of the requester's company; its
   * case type and product classify the entry.
   */
  public static FaqEntry requested(
      Agent requester, Case sourceCase, String question, String answerHtml, LocalDateTime at) {
    FaqEntry entry = new FaqEntry();
    entry.company = requester.getCompany();
    if (sourceCase != null) {
      if (!same(sourceCase.getCompany(), entry.company)) {
        throw new NotFoundException();
      }
      entry.sourceCase = sourceCase;
      entry.caseType = sourceCase.getCaseType();
      entry.product = sourceCase.getProduct();
    }
    entry.requestedBy = Objects.requireNonNull(requester);
    entry.requestedAt = Objects.requireNonNull(at);
    entry.status = FaqStatus.REQUESTED;
    entry.write(question, answerHtml);
    return entry;
  }

  /** An entry already approved, for demo data and imports. */
  public static FaqEntry approved(
      Agent supervisor, String question, String answerHtml, LocalDateTime at) {
    FaqEntry entry = requested(supervisor, null, question, answerHtml, at);
    entry.approve(supervisor, null, null, at);
    return entry;
  }

  /**
   * Approves the request, with the supervisor's edits of question and answer when given (null keeps
   * the requester's text).
   */
  public void approve(Agent supervisor, String question, String answerHtml, LocalDateTime at) {
    checkReviewable(supervisor);
    write(
        question == null ? this.question : question, answerHtml == null ? this.answer : answerHtml);
    status = FaqStatus.APPROVED;
    rejectionReason = null;
    reviewed(supervisor, at);
  }

  /** Rejects the request; the reason is mandatory, since the requester is told it. */
  public void reject(Agent supervisor, String reason, LocalDateTime at) {
    checkReviewable(supervisor);
    String trimmed = reason == null ? "" : reason.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInputException("reason", "error.required");
    }
    if (trimmed.length() > REASON_MAX) {
      throw new InvalidInputException("reason", "error.faq.tooLong", REASON_MAX);
    }
    status = FaqStatus.REJECTED;
    rejectionReason = trimmed;
    reviewed(supervisor, at);
  }

  private void checkReviewable(Agent supervisor) {
    if (!same(supervisor.getCompany(), company)) {
      throw new BusinessException("error.faq.notFound");
    }
    if (status != FaqStatus.REQUESTED) {
      throw new BusinessException("error.faq.alreadyReviewed");
    }
  }

  private static boolean same(Company one, Company other) {
    return one == other || (one.getId() != null && one.getId().equals(other.getId()));
  }

  private void reviewed(Agent supervisor, LocalDateTime at) {
    reviewedBy = supervisor;
    reviewedAt = Objects.requireNonNull(at);
  }

  private void write(String newQuestion, String answerHtml) {
    String q = newQuestion == null ? "" : newQuestion.strip();
    if (q.isEmpty()) {
      throw new InvalidInputException("question", "error.required");
    }
    if (q.length() > QUESTION_MAX) {
      throw new InvalidInputException("question", "error.faq.tooLong", QUESTION_MAX);
    }
    String a = RichText.sanitize(answerHtml == null ? "" : answerHtml);
    if (RichText.visibleText(a).isEmpty()) {
      throw new InvalidInputException("answer", "error.required");
    }
    question = q;
    answer = a;
    searchText = fold(q + " " + RichText.visibleText(a));
  }

  /**
   * Text as the search compares it: accents removed, lower case, so that "solucao" and "Solução"
   * are the same word on both databases.
   */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public String getSearchText() {
    return searchText;
  }

  public FaqStatus getStatus() {
    return status;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Agent getRequestedBy() {
    return requestedBy;
  }

  public Case getSourceCase() {
    return sourceCase;
  }

  public Agent getReviewedBy() {
    return reviewedBy;
  }

  public LocalDateTime getReviewedAt() {
    return reviewedAt;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public Product getProduct() {
    return product;
  }

  public long getVersion() {
    return version;
  }
}
