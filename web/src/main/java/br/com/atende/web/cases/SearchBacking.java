package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseSearch;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.SearchMode;
import br.com.atende.cases.application.SearchQuery;
import br.com.atende.cases.application.SearchScope;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Similar-subject search: the form, and its results as a lazy table paged in the database. */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseSearch search;

  private String terms;
  private SearchMode mode = SearchMode.ANY_WORD;
  private SearchScope scope = SearchScope.ALL;

  /** The search the table shows; replaced only by a search the service accepted. */
  private SearchQuery shown;

  /** The count of the shown search, taken once when it was submitted and reused by every page. */
  private long matches;

  private final LazyDataModel<CaseSummary> results =
      new PagedModel<>(
          page -> shown == null ? List.of() : search.search(shown, page, matches),
          () -> matches,
          CaseSummary::id);

  /** The case whose subject the search starts from ("similar subjects" on the case page). */
  private Long fromCase;

  /** Opened from a case: its subject, any word, over subjects, searched at once. */
  private void startFromCase() {
    if (shown != null) {
      return;
    }
    try {
      SearchQuery query = search.similarTo(fromCase);
      terms = query.terms();
      mode = query.mode();
      scope = query.scope();
      search();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public Long getFromCase() {
    return fromCase;
  }

  public void setFromCase(Long fromCase) {
    this.fromCase = fromCase;
  }

  public void search() {
    SearchQuery query = new SearchQuery(terms, mode, scope);
    try {
      matches = search.count(query);
      shown = query;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /**
   * Runs the search a link names: {@code search.xhtml?q=words} (a search is bookmarkable), or
   * {@code search.xhtml?fromCase=id} (similar to that case's subject).
   */
  public void searchFromLink() {
    if (fromCase != null) {
      startFromCase();
    } else if (terms != null && !terms.isBlank()) {
      search();
    }
  }

  public SearchMode[] getModes() {
    return SearchMode.values();
  }

  public SearchScope[] getScopes() {
    return SearchScope.values();
  }

  public LazyDataModel<CaseSummary> getResults() {
    return results;
  }

  /** Whether the search matched more cases than are counted: the page asks for more words. */
  public boolean isTooBroad() {
    return matches > CaseSearch.COUNT_LIMIT;
  }

  public int getCountLimit() {
    return CaseSearch.COUNT_LIMIT;
  }

  public boolean isSearched() {
    return shown != null;
  }

  public String getTerms() {
    return terms;
  }

  public void setTerms(String terms) {
    this.terms = terms;
  }

  public SearchMode getMode() {
    return mode;
  }

  public void setMode(SearchMode mode) {
    this.mode = mode;
  }

  public SearchScope getScope() {
    return scope;
  }

  public void setScope(SearchScope scope) {
    this.scope = scope;
  }
}
