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
 * The agent's understanding of the problem (entendimento, SPEC C2): the request restated in the
 * agent's words, plain text. Append-only; the same text may be added to many cases at once.
 */
@Entity
@Table(name = "understanding")
public class Understanding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "understanding_seq")
  @SequenceGenerator(
      name = "understanding_seq",
      sequenceName = "understanding_seq",
      allocationSize = 50)
  private Long id;

  /**
   * The case, by id: adding one understanding to a page of selected cases then needs no case loaded
   * (weaving is off, so a loaded case would bring its every to-one association).
   */
  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private Agent author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(nullable = false, updatable = false)
  private String body;

  protected Understanding() {}

  public Understanding(long caseId, Agent author, LocalDateTime createdAt, String body) {
    this.caseId = caseId;
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.body = Objects.requireNonNull(body);
  }

  public Long getId() {
    return id;
  }

  public String getBody() {
    return body;
  }
}
