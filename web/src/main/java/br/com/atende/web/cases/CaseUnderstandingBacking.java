package br.com.atende.web.cases;

import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.UnderstandingItem;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The Understanding tab: what the agents understood of the case, paged, and "add". */
@Named
@ViewScoped
public class CaseUnderstandingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private UnderstandingService understandings;

  private String understandingText;

  private final LazyDataModel<UnderstandingItem> entries =
      new PagedModel<>(
          request -> understandings.ofCase(page.getId(), request),
          () -> understandings.countOfCase(page.getId()),
          UnderstandingItem::id);

  public void addUnderstanding() {
    try {
      understandings.add(new AddUnderstandingCommand(List.of(page.getId()), understandingText));
      Feedback.info("view.understanding.done");
      understandingText = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<UnderstandingItem> getEntries() {
    return entries;
  }

  public String getUnderstandingText() {
    return understandingText;
  }

  public void setUnderstandingText(String understandingText) {
    this.understandingText = understandingText;
  }
}
