package br.com.atende.web.admin;

import br.com.atende.account.application.AccountRow;
import br.com.atende.account.application.AgentAccounts;
import br.com.atende.account.application.PasswordLinks;
import br.com.atende.account.model.PasswordLink;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The agents' accounts, paged in the database, each with "send invitation or reset link" (an
 * invitation while the agent has never chosen a password).
 */
@Named
@ViewScoped
public class AgentAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgentAccounts accounts;

  @Inject private PasswordLinks links;

  private final LazyDataModel<AccountRow> agents =
      new PagedModel<>(page -> accounts.page(page), () -> accounts.count(), AccountRow::id);

  public void sendLink(long agentId, String login) {
    try {
      PasswordLink.Purpose sent = links.send(agentId);
      Feedback.info("agents.linkSent." + sent, login);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<AccountRow> getAgents() {
    return agents;
  }
}
