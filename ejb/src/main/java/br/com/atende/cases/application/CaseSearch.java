package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Database;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
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
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Similar-subject search (SPEC C10): cases of the viewer's company whose subject, request or
 * discussion holds an exact phrase or any of some words, newest first, always access-filtered
 * inside the query. On PostgreSQL it is full-text search (Portuguese stemming, accents ignored, GIN
 * indexes of migration V4); on H2, LIKE over text folded to upper case without accents.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseSearch {

  /** Matches counted at most: see {@link #count}. */
  public static final int COUNT_LIMIT = 1000;

  /** Accented capitals folded by H2's TRANSLATE, to match the terms folded in Java. */
  private static final String ACCENTED = "ÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇÑ";

  private static final String PLAIN = "AAAAAEEEEIIIIOOOOOUUUUCN";

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private Database database;

  @Inject private Validator validator;

  @Inject private CaseAccess access;

  @Inject private BroadSearches broadSearches;

  /**
   * The search the case page's "similar subjects" starts (seed 003's button next to "Assunto"): any
   * word of the subject of a case the viewer may see, over subjects. A case the viewer may not see
   * answers as one that does not exist.
   */
  public SearchQuery similarTo(long caseId) {
    Agent viewer = agents.currentAgent();
    String subject =
        access
            .ofVisibleCase(
                "SELECT c.subject FROM Case c WHERE c.id = :case AND c.company.id = :company AND "
                    + AccessRule.JPQL,
                String.class,
                caseId,
                viewer)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    return new SearchQuery(
        subject.length() > 200 ? subject.substring(0, 200) : subject,
        SearchMode.ANY_WORD,
        SearchScope.SUBJECT);
  }

  public List<CaseSummary> search(SearchQuery query, PageRequest page) {
    checked(query);
    Agent viewer = agents.currentAgent();
    return database.isPostgreSQL()
        ? fullText(query, viewer, page, fullTextMatchesUpToLimit(query, viewer))
        : folded(query, viewer, page);
  }

  /**
   * A page of a search whose {@link #count} the caller already has (the search page counts once,
   * when the search is submitted, and pages through it): the count only picks the plan of the page
   * (both plans find the same cases), so the page need not count the matches again.
   */
  public List<CaseSummary> search(SearchQuery query, PageRequest page, long counted) {
    checked(query);
    Agent viewer = agents.currentAgent();
    return database.isPostgreSQL()
        ? fullText(query, viewer, page, counted)
        : folded(query, viewer, page);
  }

  /**
   * How many cases match, counted up to {@link #COUNT_LIMIT} + 1: past that a search is too broad
   * to page through, the page says "more than 1,000" and asks for more words, and counting every
   * match of a common word in a million cases would cost more than the search itself. A search the
   * agent found too broad a moment ago is not counted again ({@link BroadSearches}).
   */
  public long count(SearchQuery query) {
    checked(query);
    Agent viewer = agents.currentAgent();
    if (broadSearches.foundRecently(viewer.getId(), viewer.getClearance(), query)) {
      return COUNT_LIMIT + 1;
    }
    long counted = counted(query, viewer);
    if (counted > COUNT_LIMIT) {
      broadSearches.found(viewer.getId(), viewer.getClearance(), query);
    }
    return counted;
  }

  private long counted(SearchQuery query, Agent viewer) {
    if (database.isPostgreSQL()) {
      long atLeast = fullTextMatchesUpToLimit(query, viewer);
      if (atLeast > COUNT_LIMIT) {
        return atLeast;
      }
      Query exact =
          em.createNativeQuery("SELECT COUNT(*) FROM (" + matchingIds(query, true) + ") m");
      bindFullText(exact, query, viewer);
      return ((Number) exact.getSingleResult()).longValue();
    }
    TypedQuery<Long> ids =
        em.createQuery("SELECT c.id FROM Case c WHERE " + foldedFilter(query), Long.class);
    bindFolded(ids, query, viewer);
    return ids.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
  }

  private void checked(SearchQuery query) {
    requireValid(validator, query);
    if (query.words().isEmpty()) {
      throw new InvalidInputException("terms", "error.search.noWords");
    }
  }

  // PostgreSQL: full-text search over the generated tsvector columns.

  /**
   * The page, by one of two plans chosen on how many cases match. Few matches (up to the count
   * limit): collect them through the GIN indexes, then sort them. Many: walk the company's cases
   * newest first and stop at the page, since matches are frequent. Left to itself the planner walks
   * for rare words too (it cannot know how rare a word is), scanning every case for nothing.
   */
  private List<CaseSummary> fullText(
      SearchQuery query, Agent viewer, PageRequest page, long matches) {
    String columns =
        "SELECT c.id, c.case_number, c.subject, p.name, c.priority, c.status, h.name, c.opened_at,"
            + " c.due_date, c.overdue, c.holder_id FROM support_case c";
    String joins = " JOIN party p ON p.id = c.party_id LEFT JOIN agent h ON h.id = c.holder_id";
    String order = " ORDER BY c.opened_at DESC, c.id DESC LIMIT ?5 OFFSET ?6";
    boolean few = matches <= COUNT_LIMIT;
    Query select =
        em.createNativeQuery(
            few
                ? columns
                    + " JOIN ("
                    + matchingIds(query, true)
                    + ") m ON m.id = c.id"
                    + joins
                    + order
                : columns + joins + " WHERE " + fullTextFilter(query) + order);
    bindFullText(select, query, viewer);
    select.setParameter(5, page.size()).setParameter(6, page.first());
    List<CaseSummary> found = new ArrayList<>();
    for (Object row : select.getResultList()) {
      Object[] c = (Object[]) row;
      found.add(
          new CaseSummary(
              ((Number) c[0]).longValue(),
              (String) c[1],
              (String) c[2],
              (String) c[3],
              Priority.valueOf((String) c[4]),
              CaseStatus.valueOf((String) c[5]),
              (String) c[6],
              dateTime(c[7]),
              dateTime(c[8]),
              (Boolean) c[9],
              c[10] == null ? null : ((Number) c[10]).longValue()));
    }
    return found;
  }

  /**
   * Matching cases counted up to the limit + 1, each text through its own GIN index, streaming: a
   * common word stops after {@code COUNT_LIMIT + 1} rows, a rare one costs an index lookup. Cases
   * matching in two texts may count twice here; {@link #count} counts exactly when this is small.
   */
  private long fullTextMatchesUpToLimit(SearchQuery query, Agent viewer) {
    Query capped =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM ("
                + matchingIds(query, false)
                + " LIMIT "
                + (COUNT_LIMIT + 1)
                + ") capped");
    bindFullText(capped, query, viewer);
    return ((Number) capped.getSingleResult()).longValue();
  }

  /**
   * The ids of the visible cases whose chosen texts match, one indexed branch per text; {@code
   * distinct} unites them without duplicates (UNION), otherwise they stream (UNION ALL).
   */
  private static String matchingIds(SearchQuery query, boolean distinct) {
    String tsquery = tsquery(query);
    String visible = "c.company_id = ?2 AND " + AccessRule.sql(3, 4);
    String subject =
        "SELECT c.id FROM support_case c WHERE " + visible + " AND c.search_subject @@ " + tsquery;
    String request =
        "SELECT c.id FROM support_case c WHERE " + visible + " AND c.search_request @@ " + tsquery;
    String discussion =
        "SELECT c.id FROM discussion_entry d JOIN support_case c ON c.id = d.case_id WHERE "
            + visible
            + " AND d.search_body @@ "
            + tsquery;
    String solution =
        "SELECT c.id FROM solution_entry s JOIN support_case c ON c.id = s.case_id WHERE "
            + visible
            + " AND s.search_body @@ "
            + tsquery;
    List<String> branches =
        switch (query.scope()) {
          case SUBJECT -> List.of(subject);
          case REQUEST -> List.of(request);
          case DISCUSSION -> List.of(discussion);
          case SOLUTION -> List.of(solution);
          case ALL -> List.of(subject, request, discussion, solution);
        };
    return String.join(distinct ? " UNION " : " UNION ALL ", branches);
  }

  private static String tsquery(SearchQuery query) {
    return query.mode() == SearchMode.EXACT_PHRASE
        ? "phraseto_tsquery('atende_pt', ?1)"
        : "websearch_to_tsquery('atende_pt', ?1)";
  }

  /**
   * Parameters: ?1 the search text, ?2 company, ?3 clearance, ?4 viewer. The text-search query is
   * inlined so that the planner sees the GIN indexes; the discussion and solution matches are
   * probed per case, so that the planner walks the company's cases newest first (index
   * ix_case_company_opened) and stops at the page: the plan for common words.
   */
  private static String fullTextFilter(SearchQuery query) {
    String tsquery = tsquery(query);
    String subject = "c.search_subject @@ " + tsquery;
    String request = "c.search_request @@ " + tsquery;
    // Probed case by case through the entries' index on case_id (OFFSET 0 keeps PostgreSQL from
    // hashing every matching entry first): this plan is the one for common words, where the walk
    // stops after a few hundred cases, while a common word matches thousands of entries (9,265 in
    // the benchmark's data, 17 ms to hash against 1.5 ms for the whole page probed).
    String discussion =
        "EXISTS (SELECT 1 FROM discussion_entry d WHERE d.case_id = c.id AND d.search_body @@ "
            + tsquery
            + " OFFSET 0)";
    String solution =
        "EXISTS (SELECT 1 FROM solution_entry s WHERE s.case_id = c.id AND s.search_body @@ "
            + tsquery
            + " OFFSET 0)";
    String condition =
        switch (query.scope()) {
          case SUBJECT -> subject;
          case REQUEST -> request;
          case DISCUSSION -> discussion;
          case SOLUTION -> solution;
          case ALL -> "(" + String.join(" OR ", subject, request, discussion, solution) + ")";
        };
    return "c.company_id = ?2 AND " + AccessRule.sql(3, 4) + " AND " + condition;
  }

  private static void bindFullText(Query query, SearchQuery search, Agent viewer) {
    boolean phrase = search.mode() == SearchMode.EXACT_PHRASE;
    query
        .setParameter(1, String.join(phrase ? " " : " or ", search.words()))
        .setParameter(2, viewer.getCompany().getId())
        .setParameter(3, viewer.getClearance())
        .setParameter(4, viewer.getId());
  }

  private static LocalDateTime dateTime(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    return (LocalDateTime) value;
  }

  // H2: LIKE over accent-folded upper-case text.

  private List<CaseSummary> folded(SearchQuery query, Agent viewer, PageRequest page) {
    TypedQuery<CaseSummary> select =
        em.createQuery(
            "SELECT NEW br.com.atende.cases.application.CaseSummary(c.id, c.number, c.subject, p.name,"
                + " c.priority, c.status, h.name, c.openedAt, c.schedule.dueDate, c.schedule.overdue,"
                + " c.holderId) FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h WHERE "
                + foldedFilter(query)
                + " ORDER BY c.openedAt DESC, c.id DESC",
            CaseSummary.class);
    bindFolded(select, query, viewer);
    return select.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  private static String foldedFilter(SearchQuery query) {
    List<String> patterns =
        query.mode() == SearchMode.EXACT_PHRASE ? List.of("p0") : wordParameters(query);
    List<String> alternatives = new ArrayList<>();
    for (String pattern : patterns) {
      String subject = fold("c.subject") + " LIKE :" + pattern;
      String request = fold("c.request") + " LIKE :" + pattern;
      String discussion =
          "EXISTS (SELECT d FROM DiscussionEntry d WHERE d.supportCase = c AND "
              + fold("d.body")
              + " LIKE :"
              + pattern
              + ")";
      String solution =
          "EXISTS (SELECT s FROM SolutionEntry s WHERE s.supportCase = c AND "
              + fold("s.body")
              + " LIKE :"
              + pattern
              + ")";
      alternatives.add(
          switch (query.scope()) {
            case SUBJECT -> subject;
            case REQUEST -> request;
            case DISCUSSION -> discussion;
            case SOLUTION -> solution;
            case ALL -> subject + " OR " + request + " OR " + discussion + " OR " + solution;
          });
    }
    return "c.company.id = :company AND "
        + AccessRule.JPQL
        + " AND ("
        + String.join(" OR ", alternatives)
        + ")";
  }

  private static List<String> wordParameters(SearchQuery query) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < query.words().size(); i++) {
      names.add("p" + i);
    }
    return names;
  }

  private static String fold(String path) {
    return "FUNCTION('TRANSLATE', UPPER(" + path + "), :accented, :plain)";
  }

  private static void bindFolded(Query query, SearchQuery search, Agent viewer) {
    query
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("clearance", viewer.getClearance())
        .setParameter("viewerId", viewer.getId())
        .setParameter("accented", ACCENTED)
        .setParameter("plain", PLAIN);
    List<String> words = search.words();
    if (search.mode() == SearchMode.EXACT_PHRASE) {
      query.setParameter("p0", "%" + foldInJava(String.join(" ", words)) + "%");
    } else {
      for (int i = 0; i < words.size(); i++) {
        query.setParameter("p" + i, "%" + foldInJava(words.get(i)) + "%");
      }
    }
  }

  private static String foldInJava(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT);
  }
}
