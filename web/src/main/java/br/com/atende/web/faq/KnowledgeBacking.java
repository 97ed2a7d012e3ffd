package br.com.atende.web.faq;

import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.KnowledgeItem;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The knowledge page: publishable notes of the cases the agent may see, newest first. */
@Named
@ViewScoped
public class KnowledgeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FaqService faq;

  private final LazyDataModel<KnowledgeItem> rows =
      new PagedModel<>(
          request -> faq.knowledge(request), () -> faq.countKnowledge(), KnowledgeItem::entryId);

  public LazyDataModel<KnowledgeItem> getRows() {
    return rows;
  }
}
