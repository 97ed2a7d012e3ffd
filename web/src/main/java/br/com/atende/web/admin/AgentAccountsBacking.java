package br.com.atende.web.admin;

import br.com.atende.account.application.PasswordLinks;
import br.com.atende.account.model.PasswordLink;
import br.com.atende.administration.application.AgentAdministration;
import br.com.atende.administration.application.AgentRow;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The agents' list of the agents page, paged and filtered in the database, each with "send
 * invitation or reset link" (an invitation while the agent has never chosen a password) and
 * "deactivate". The form that creates and changes an agent is {@link AgentFormBacking}.
 */
@Named
@ViewScoped
public class AgentAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgentAdministration agents;

  @Inject private PasswordLinks links;

  private String filter;

  private final LazyDataModel<AgentRow> rows =
      new PagedModel<>(page -> agents.page(filter, page), () -> agents.count(filter), AgentRow::id);

  public void sendLink(long agentId, String login) {
    try {
      PasswordLink.Purpose sent = links.send(agentId);
      Feedback.info("agents.linkSent." + sent, login);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void deactivate(long agentId, String login) {
    try {
      agents.deactivate(agentId);
      Feedback.info("agents.deactivated", login);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<AgentRow> getAgents() {
    return rows;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }
}
