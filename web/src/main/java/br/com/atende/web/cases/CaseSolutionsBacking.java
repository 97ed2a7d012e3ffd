package br.com.atende.web.cases;

import br.com.atende.cases.application.AddSolutionCommand;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.SolutionItem;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The Solutions tab: the case's solutions, paged, and "record a solution". */
@Named
@ViewScoped
public class CaseSolutionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private DiscussionService discussion;

  private String solutionText;

  private final LazyDataModel<SolutionItem> solutions =
      new PagedModel<>(
          request -> discussion.solutions(page.getId(), request),
          () -> discussion.countSolutions(page.getId()),
          SolutionItem::id);

  public void addSolution() {
    try {
      discussion.addSolution(new AddSolutionCommand(page.getId(), solutionText));
      Feedback.info("view.solution.done");
      solutionText = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<SolutionItem> getSolutions() {
    return solutions;
  }

  public String getSolutionText() {
    return solutionText;
  }

  public void setSolutionText(String solutionText) {
    this.solutionText = solutionText;
  }
}
