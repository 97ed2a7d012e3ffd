package br.com.atende.web.faq;

import br.com.atende.faq.application.FaqHit;
import br.com.atende.faq.application.FaqService;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The FAQ page: approved entries of the agent's company, all of them or those matching. */
@Named
@ViewScoped
public class FaqSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FaqService faq;

  private String terms;

  private final LazyDataModel<FaqHit> results =
      new PagedModel<>(request -> faq.search(terms, request), () -> faq.count(terms), FaqHit::id);

  public void search() {
    // The table reloads with the new terms.
  }

  public LazyDataModel<FaqHit> getResults() {
    return results;
  }

  public String getTerms() {
    return terms;
  }

  public void setTerms(String terms) {
    this.terms = terms;
  }
}
