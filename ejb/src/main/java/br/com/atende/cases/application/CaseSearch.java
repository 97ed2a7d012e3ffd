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

  /** Accented capitals folded by H2's TRANSLATE, to match the terms folded in Java. */
  private static final String ACCENTED = "ÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇÑ";

  private static final String PLAIN = "AAAAAEEEEIIIIOOOOOUUUUCN";

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private Database database;

  @Inject private Validator validator;

  public List<CaseSummary> search(SearchQuery query, PageRequest page) {
    checked(query);
    Agent viewer = agents.currentAgent();
    return database.isPostgreSQL() ? fullText(query, viewer, page) : folded(query, viewer, page);
  }

  public long count(SearchQuery query) {
    checked(query);
    Agent viewer = agents.currentAgent();
    if (database.isPostgreSQL()) {
      Query count =
          em.createNativeQuery(
              "SELECT COUNT(*) FROM support_case c WHERE " + fullTextFilter(query));
      bindFullText(count, query, viewer);
      return ((Number) count.getSingleResult()).longValue();
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM Case c WHERE " + foldedFilter(query), Long.class);
    bindFolded(count, query, viewer);
    return count.getSingleResult();
  }

  private void checked(SearchQuery query) {
    requireValid(validator, query);
    if (query.words().isEmpty()) {
      throw new InvalidInputException("terms", "error.search.noWords");
    }
  }

  // PostgreSQL: full-text search over the generated tsvector columns.

  private List<CaseSummary> fullText(SearchQuery query, Agent viewer, PageRequest page) {
    Query select =
        em.createNativeQuery(
            "SELECT c.id, c.case_number, c.subject, p.name, c.priority, c.status, h.name, c.opened_at,"
                + " c.due_date, c.overdue FROM support_case c JOIN party p ON p.id = c.party_id"
                + " LEFT JOIN agent h ON h.id = c.holder_id WHERE "
                + fullTextFilter(query)
                + " ORDER BY c.opened_at DESC, c.id DESC LIMIT ?5 OFFSET ?6");
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
              (Boolean) c[9]));
    }
    return found;
  }

  /** Parameters: ?1 the search text, ?2 company, ?3 clearance, ?4 viewer. */
  private static String fullTextFilter(SearchQuery query) {
    // The text-search query is inlined (not a subquery) so that the planner uses the GIN indexes.
    String matches =
        query.mode() == SearchMode.EXACT_PHRASE
            ? "@@ phraseto_tsquery('atende_pt', ?1)"
            : "@@ websearch_to_tsquery('atende_pt', ?1)";
    String subject = "c.search_subject " + matches;
    String request = "c.search_request " + matches;
    String discussion =
        "EXISTS (SELECT 1 FROM discussion_entry d WHERE d.case_id = c.id AND d.search_body "
            + matches
            + ")";
    String solution =
        "EXISTS (SELECT 1 FROM solution_entry s WHERE s.case_id = c.id AND s.search_body "
            + matches
            + ")";
    String condition =
        switch (query.scope()) {
          case SUBJECT -> subject;
          case REQUEST -> request;
          case DISCUSSION -> discussion;
          case SOLUTION -> solution;
          case ALL ->
              "(" + subject + " OR " + request + " OR " + discussion + " OR " + solution + ")";
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
                + " c.priority, c.status, h.name, c.openedAt, c.dueDate, c.overdue)"
                + " FROM Case c JOIN c.party p LEFT JOIN c.holder h WHERE "
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
