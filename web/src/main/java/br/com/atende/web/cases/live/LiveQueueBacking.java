package br.com.atende.web.cases.live;

import br.com.atende.cases.live.LiveAudience;
import br.com.atende.web.cases.QueueBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The queue page's live tab counts ({@code cases/live-queue.xhtml}): subscribes the page to its
 * agent's queue changes and, when one is pushed, has the page's own bean count its tabs again.
 */
@Named
@ViewScoped
public class LiveQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LiveAudience audience;

  @Inject private QueueBacking queue;

  private Long agentId;

  @PostConstruct
  void subscribe() {
    agentId = audience.currentAgentId();
  }

  /** A case entered (or left) one of the agent's tabs: the next render counts them afresh. */
  public void recount() {
    queue.recount();
  }

  public Long getAgentId() {
    return agentId;
  }
}
