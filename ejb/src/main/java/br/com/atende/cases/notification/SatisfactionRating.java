package br.com.atende.cases.notification;

import br.com.atende.cases.model.Case;
import br.com.atende.shared.InvalidInputException;
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

/** The client's answer to the satisfaction survey of a solution notification: 1 to 5, a comment. */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating {

  public static final int MAX_COMMENT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_rating_seq")
  @SequenceGenerator(
      name = "satisfaction_rating_seq",
      sequenceName = "satisfaction_rating_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @ManyToOne(optional = false)
  @JoinColumn(name = "token_id", updatable = false)
  private CaseResponseToken token;

  @Column(nullable = false, updatable = false)
  private int rating;

  @Column(name = "rating_comment", updatable = false, length = MAX_COMMENT)
  private String comment;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected SatisfactionRating() {}

  public SatisfactionRating(
      CaseResponseToken token, int rating, String comment, LocalDateTime createdAt) {
    if (rating < 1 || rating > 5) {
      throw new InvalidInputException("rating", "error.caseResponse.rating");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new InvalidInputException("comment", "error.caseResponse.commentTooLong");
    }
    this.token = Objects.requireNonNull(token);
    this.supportCase = token.getSupportCase();
    this.rating = rating;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = createdAt;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }
}
