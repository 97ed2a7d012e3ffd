package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A solution presented or a test made on a case (the Solution tab). Append-only; the body is
 * sanitized HTML.
 */
@Entity
@Table(name = "solution_entry")
public class SolutionEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "solution_entry_seq")
  @SequenceGenerator(
      name = "solution_entry_seq",
      sequenceName = "solution_entry_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private Agent author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(nullable = false, updatable = false)
  private String body;

  protected SolutionEntry() {}

  public SolutionEntry(
      Case supportCase, Agent author, LocalDateTime createdAt, String sanitizedBody) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.body = Objects.requireNonNull(sanitizedBody);
  }

  public Long getId() {
    return id;
  }

  public String getBody() {
    return body;
  }
}
