package br.com.atende.cases.notification;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.StatusChange;
import br.com.atende.mail.application.Html;
import br.com.atende.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The client's answer to a solution notification, through the public page its email links to (no
 * login: the 256-bit token is the credential). Looking at the page spends nothing; the answer
 * (confirm → CONFIRMED, or reopen → IN_PROGRESS, with an optional 1–5 rating and comment) spends
 * the link, in one transaction with the status change, its discussion entry and the rating.
 */
@PermitAll
@Stateless
public class CaseResponseService {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** What the page shows for this token; never spends it. */
  public CaseResponseView view(String rawToken) {
    return find(rawToken, LockModeType.NONE)
        .map(
            token ->
                new CaseResponseView(
                    token.stateAt(LocalDateTime.now(clock)),
                    token.getSupportCase().getNumber(),
                    token.getSupportCase().getSubject(),
                    token.getLanguage(),
                    token.getOutcome(),
                    InformationalStatus.of(token.getSupportCase())))
        .orElseGet(CaseResponseView::unknown);
  }

  /**
   * Confirms or reopens the case and records the rating, once. Refused when the link is unknown,
   * used or expired, or when the case is no longer waiting for the client's answer.
   */
  public void respond(
      String rawToken, CaseResponseToken.Outcome outcome, Integer rating, String comment) {
    CaseResponseToken token =
        find(rawToken, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> new BusinessException("error.caseResponse.unknown"));
    LocalDateTime now = LocalDateTime.now(clock);
    token.use(outcome, now);
    Case supportCase = token.getSupportCase();
    if (supportCase.getStatus() != CaseStatus.NOTIFIED) {
      throw new BusinessException("error.caseResponse.caseMoved");
    }
    CaseStatus target =
        outcome == CaseResponseToken.Outcome.CONFIRMED
            ? CaseStatus.CONFIRMED
            : CaseStatus.IN_PROGRESS;
    StatusChange change = supportCase.changeStatus(target, token.getNotifiedBy(), now, null);
    em.persist(change);
    supportCase.endInformationalStatusIfClosed(token.getNotifiedBy(), now).forEach(em::persist);
    SatisfactionRating answer =
        rating == null && (comment == null || comment.isBlank())
            ? null
            : new SatisfactionRating(token, rating == null ? 0 : rating, comment, now);
    if (answer != null) {
      em.persist(answer);
    }
    em.persist(DiscussionEntry.statusChange(supportCase, change, note(token, outcome, answer)));
    em.flush();
  }

  /** The discussion's record of the answer, in the client's language, with what they wrote. */
  private static String note(
      CaseResponseToken token, CaseResponseToken.Outcome outcome, SatisfactionRating answer) {
    Locale locale = Locale.forLanguageTag(token.getLanguage());
    ResourceBundle text = CaseMail.bundle(locale);
    StringBuilder note =
        new StringBuilder("<p>")
            .append(
                text.getString(
                    outcome == CaseResponseToken.Outcome.CONFIRMED
                        ? "response.confirmed"
                        : "response.reopened"))
            .append("</p>");
    if (answer != null) {
      note.append("<p>")
          .append(
              new MessageFormat(text.getString("response.rating"), locale)
                  .format(new Object[] {answer.getRating()}))
          .append("</p>");
      if (answer.getComment() != null) {
        note.append("<blockquote>")
            .append(Html.escape(answer.getComment()))
            .append("</blockquote>");
      }
    }
    return note.toString();
  }

  private Optional<CaseResponseToken> find(String rawToken, LockModeType lock) {
    if (rawToken == null || !rawToken.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return em.createQuery(
            // A case in the trash answers no link: its public page is gone with it (SPEC C10).
            "SELECT t FROM CaseResponseToken t WHERE t.tokenHash = :hash"
                + " AND t.supportCase.deletedAt IS NULL",
            CaseResponseToken.class)
        .setParameter("hash", CaseResponseToken.hash(rawToken))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
