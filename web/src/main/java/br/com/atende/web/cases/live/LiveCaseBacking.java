package br.com.atende.web.cases.live;

import br.com.atende.cases.application.CaseHeader;
import br.com.atende.web.cases.CaseBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The case page's live banner ({@code cases/live-case.xhtml}): tells {@link LiveSockets} which case
 * the agent has in front of it, once per view. The page's header has already read the case through
 * the access rule in the viewer's name; when it found none to show, no socket is opened.
 */
@Named
@ViewScoped
public class LiveCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private LiveSockets sockets;

  private Long caseId;

  /** The socket's user, the agent; null when the page shows no case it may see. */
  private Long agentId;

  @PostConstruct
  void subscribe() {
    CaseHeader header = page.getHeader();
    if (header != null) {
      caseId = header.details().id();
      agentId = header.viewerId();
      sockets.looking(agentId, caseId);
    }
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getAgentId() {
    return agentId;
  }
}
