package br.com.atende.faq.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.SolutionEntry;
import br.com.atende.faq.model.FaqEntry;
import br.com.atende.faq.model.FaqStatus;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Database;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FAQ and tips (SPEC C8). The search finds only APPROVED entries of the viewer's company, paged in
 * the database: on PostgreSQL by full-text search over the folded text (GIN index of migration
 * V13_1), on H2 by LIKE over the same folded text, every word required.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class FaqService {

  private static final String HIT =
      "SELECT NEW br.com.atende.faq.application.FaqHit(f.id, f.question, f.answer, f.reviewedAt)";

  private static final String QUEUE =
      " FROM FaqEntry f JOIN f.requestedBy r LEFT JOIN f.sourceCase c"
          + " WHERE f.company.id = :company AND f.status = :requested";

  private static final String KNOWLEDGE =
      " FROM DiscussionEntry d JOIN d.supportCase c JOIN d.author a"
          + " WHERE d.publishable = :publishable AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Database database;

  @Inject private Validator validator;

  @Inject private Clock clock;

  @Inject private FaqMail mail;

  // Search

  /** Approved entries matching every word (accents and case ignored); all of them when blank. */
  public List<FaqHit> search(String terms, PageRequest page) {
    Agent viewer = agents.currentAgent();
    List<String> words = words(terms);
    if (database.isPostgreSQL() && !words.isEmpty()) {
      Query select =
          em.createNativeQuery(
                  "SELECT f.id, f.question, f.answer, f.reviewed_at FROM faq_entry f"
                      + " WHERE "
                      + FULL_TEXT
                      + " ORDER BY f.reviewed_at DESC, f.id DESC LIMIT ?3 OFFSET ?4")
              .setParameter(1, String.join(" ", words))
              .setParameter(2, viewer.getCompany().getId())
              .setParameter(3, page.size())
              .setParameter(4, page.first());
      List<FaqHit> hits = new ArrayList<>();
      for (Object row : select.getResultList()) {
        Object[] f = (Object[]) row;
        hits.add(
            new FaqHit(((Number) f[0]).longValue(), (String) f[1], (String) f[2], dateTime(f[3])));
      }
      return hits;
    }
    TypedQuery<FaqHit> select =
        em.createQuery(
            HIT
                + " FROM FaqEntry f WHERE "
                + likeFilter(words)
                + " ORDER BY f.reviewedAt DESC, f.id DESC",
            FaqHit.class);
    bindLike(select, words, viewer);
    return select.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  public long count(String terms) {
    Agent viewer = agents.currentAgent();
    List<String> words = words(terms);
    if (database.isPostgreSQL() && !words.isEmpty()) {
      return ((Number)
              em.createNativeQuery("SELECT COUNT(*) FROM faq_entry f WHERE " + FULL_TEXT)
                  .setParameter(1, String.join(" ", words))
                  .setParameter(2, viewer.getCompany().getId())
                  .getSingleResult())
          .longValue();
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(f) FROM FaqEntry f WHERE " + likeFilter(words), Long.class);
    bindLike(count, words, viewer);
    return count.getSingleResult();
  }

  /**
   * The status literal repeats the partial index's predicate, so that the planner may use it: see
   * the EXPLAIN in the README. The words (already folded) must all match ({@code websearch} syntax
   * joins plain words with AND).
   */
  private static final String FULL_TEXT =
      "f.company_id = ?2 AND f.status = 'APPROVED'"
          + " AND f.search_vector @@ websearch_to_tsquery('atende_pt', ?1)";

  private static String likeFilter(List<String> words) {
    StringBuilder filter = new StringBuilder("f.company.id = :company AND f.status = :approved");
    for (int i = 0; i < words.size(); i++) {
      filter.append(" AND f.searchText LIKE :w").append(i);
    }
    return filter.toString();
  }

  private static void bindLike(Query query, List<String> words, Agent viewer) {
    query
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("approved", FaqStatus.APPROVED);
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, "%" + words.get(i) + "%");
    }
  }

  /** The search's words, folded like the stored text; LIKE wildcards and quotes dropped. */
  static List<String> words(String terms) {
    if (terms == null) {
      return List.of();
    }
    String cleaned = FaqEntry.fold(terms).replaceAll("[%_\\\\\"'!&|():<>*-]", " ");
    return Arrays.stream(cleaned.split("\\s+")).filter(w -> !w.isBlank()).limit(10).toList();
  }

  // From a case

  /**
   * "Solve with this FAQ": the entry's answer becomes a possible solution in the discussion and a
   * solution of the case, in one transaction, on a visible open case.
   */
  public void solveWith(long caseId, long faqId) {
    Agent agent = agents.currentAgent();
    Case supportCase = access.visible(caseId, agent);
    if (!supportCase.getStatus().isOpen()) {
      throw new BusinessException("error.faq.caseClosed");
    }
    supportCase.requireWritableBy(agent);
    FaqEntry entry = em.find(FaqEntry.class, faqId);
    if (entry == null
        || entry.getStatus() != FaqStatus.APPROVED
        || !entry.getCompany().getId().equals(agent.getCompany().getId())) {
      throw new BusinessException("error.faq.notFound");
    }
    String body =
        "<p><strong>" + FaqMail.escape(entry.getQuestion()) + "</strong></p>" + entry.getAnswer();
    LocalDateTime now = LocalDateTime.now(clock);
    em.persist(DiscussionEntry.possibleSolution(supportCase, agent, now, body));
    em.persist(new SolutionEntry(supportCase, agent, now, body));
    access.recordFirstContact(supportCase, now);
  }

  /** A new entry pre-filled from a visible case: its request and its latest solution. */
  public FaqDraft draftFrom(long caseId) {
    Agent agent = agents.currentAgent();
    Case supportCase = access.visible(caseId, agent);
    List<String> latest =
        em.createQuery(
                "SELECT s.body FROM SolutionEntry s WHERE s.supportCase.id = :case"
                    + " ORDER BY s.createdAt DESC, s.id DESC",
                String.class)
            .setParameter("case", caseId)
            .setMaxResults(1)
            .getResultList();
    String request = supportCase.getRequest() == null ? "" : supportCase.getRequest().strip();
    String question =
        request.length() > FaqEntry.QUESTION_MAX
            ? request.substring(0, FaqEntry.QUESTION_MAX)
            : request;
    return new FaqDraft(caseId, question, latest.isEmpty() ? "" : latest.get(0));
  }

  /** Submits a request (REQUESTED) for review; returns its id. */
  public long request(RequestFaqCommand command) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    Case source = command.caseId() == null ? null : access.visible(command.caseId(), agent);
    FaqEntry entry =
        FaqEntry.requested(
            agent, source, command.question(), command.answer(), LocalDateTime.now(clock));
    em.persist(entry);
    em.flush();
    return entry.getId();
  }

  // Review (supervisors of the entry's company)

  @RolesAllowed(Role.Names.SUPERVISOR)
  public List<FaqRequestItem> reviewQueue(PageRequest page) {
    Agent viewer = agents.currentAgent();
    return em.createQuery(
            "SELECT NEW br.com.atende.faq.application.FaqRequestItem(f.id, f.question, f.answer,"
                + " r.name, f.requestedAt, c.id, c.number, f.version)"
                + QUEUE
                + " ORDER BY f.requestedAt, f.id",
            FaqRequestItem.class)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("requested", FaqStatus.REQUESTED)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  @RolesAllowed(Role.Names.SUPERVISOR)
  public long countReviewQueue() {
    Agent viewer = agents.currentAgent();
    return em.createQuery("SELECT COUNT(f)" + QUEUE, Long.class)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("requested", FaqStatus.REQUESTED)
        .getSingleResult();
  }

  /** Approves a request (with the supervisor's edits) and tells the requester by email. */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public void approve(ApproveFaqCommand command) {
    requireValid(validator, command);
    Agent supervisor = agents.currentAgent();
    FaqEntry entry = forReview(command.entryId(), command.expectedVersion(), supervisor);
    entry.approve(supervisor, command.question(), command.answer(), LocalDateTime.now(clock));
    em.flush();
    mail.queueReviewed(entry);
  }

  /** Rejects a request with a reason and tells the requester by email. */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public void reject(RejectFaqCommand command) {
    Agent supervisor = agents.currentAgent();
    FaqEntry entry = forReview(command.entryId(), command.expectedVersion(), supervisor);
    entry.reject(supervisor, command.reason(), LocalDateTime.now(clock));
    em.flush();
    mail.queueReviewed(entry);
  }

  private FaqEntry forReview(long id, long expectedVersion, Agent supervisor) {
    FaqEntry entry = em.find(FaqEntry.class, id);
    if (entry == null || !entry.getCompany().getId().equals(supervisor.getCompany().getId())) {
      throw new BusinessException("error.faq.notFound");
    }
    if (entry.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(
          entry.getReviewedBy() == null ? null : entry.getReviewedBy().getName());
    }
    return entry;
  }

  // Knowledge page

  /** Publishable notes of the cases the viewer may see, newest first. */
  public List<KnowledgeItem> knowledge(PageRequest page) {
    Agent viewer = agents.currentAgent();
    return knowledgeQuery(
            "SELECT NEW br.com.atende.faq.application.KnowledgeItem(d.id, c.id, c.number,"
                + " c.subject, a.name, d.createdAt, d.body)"
                + KNOWLEDGE
                + " ORDER BY d.createdAt DESC, d.id DESC",
            KnowledgeItem.class,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** Notes the knowledge page pages through, capped: it spans every case the agent may see. */
  public long countKnowledge() {
    return CappedCount.count(
            knowledgeQuery("SELECT d.id" + KNOWLEDGE, Long.class, agents.currentAgent()))
        .value();
  }

  private <T> TypedQuery<T> knowledgeQuery(String jpql, Class<T> type, Agent viewer) {
    return CaseAccess.withAccessRule(em.createQuery(jpql, type), viewer)
        .setParameter("publishable", true)
        .setParameter("company", viewer.getCompany().getId());
  }

  private static LocalDateTime dateTime(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    return (LocalDateTime) value;
  }
}
