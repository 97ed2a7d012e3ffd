package br.com.atende.web.admin;

import br.com.atende.administration.application.JobAdministration;
import br.com.atende.administration.application.JobExecutionRow;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The jobs page (issue 14): the batch job executions, newest first and paged in the database, and
 * "restart" on a failed or stopped one.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private JobAdministration jobs;

  private final LazyDataModel<JobExecutionRow> rows =
      new PagedModel<>(
          page -> jobs.list(page), () -> jobs.count().value(), JobExecutionRow::executionId);

  public void restart(long executionId) {
    try {
      long restarted = jobs.restart(executionId);
      Feedback.info("jobs.restarted", executionId, restarted);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<JobExecutionRow> getRows() {
    return rows;
  }
}
