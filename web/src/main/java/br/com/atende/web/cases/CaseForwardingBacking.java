package br.com.atende.web.cases;

import br.com.atende.cases.application.ForwardingItem;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.ForwardingState;
import br.com.atende.presence.PresenceService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.NotFoundException;
import br.com.atende.web.shared.Availabilities;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongSupplier;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's forwarding tab (SPEC C5): the paged forwarding history, and the forward, return
 * and link actions. The service checks every rule; the buttons only follow {@link ForwardingState}.
 */
@Named
@ViewScoped
public class CaseForwardingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private ForwardingService forwarding;

  @Inject private PresenceService presence;

  private final LazyDataModel<ForwardingItem> history =
      new PagedModel<>(
          request -> forwarding.history(page.getId(), request),
          () -> forwarding.countHistory(page.getId()),
          ForwardingItem::id);

  private List<Choice> agents;
  private Availabilities availabilities = Availabilities.NONE;
  private List<Choice> groups;

  private boolean toGroup;
  private Long targetAgentId;
  private Long targetGroupId;
  private String reason;
  private String justification;
  private Boolean emailOnClientReply;

  public void forward() {
    act(
        () ->
            toGroup
                ? forwarding.forwardToGroup(
                    page.getId(), version(), required(targetGroupId), reason)
                : forwarding.forwardToAgent(
                    page.getId(), version(), required(targetAgentId), reason),
        "forwarding.forward.done");
  }

  public void returnToForwarder() {
    act(
        () -> forwarding.returnToForwarder(page.getId(), version(), justification),
        "forwarding.return.done");
  }

  /** "Me vincular", with the agent's "email me when the client replies" as ticked beside it. */
  public void link() {
    act(
        () -> forwarding.link(page.getId(), version(), isEmailOnClientReply()),
        "forwarding.link.done");
  }

  /** As the agent last chose it, until ticked otherwise on this page. */
  public boolean isEmailOnClientReply() {
    return emailOnClientReply != null
        ? emailOnClientReply
        : page.getHeader().viewerEmailsOnClientReply();
  }

  public void setEmailOnClientReply(boolean emailOnClientReply) {
    this.emailOnClientReply = emailOnClientReply;
  }

  private long required(Long id) {
    if (id == null) {
      throw new br.com.atende.shared.InvalidInputException(
          toGroup ? "targetGroupId" : "targetAgentId", "error.required");
    }
    return id;
  }

  private long version() {
    return page.getDetails().version();
  }

  private void act(LongSupplier action, String done) {
    try {
      action.getAsLong();
      Feedback.info(done);
      reason = null;
      justification = null;
      targetAgentId = null;
      targetGroupId = null;
      try {
        page.refresh();
      } catch (NotFoundException gone) {
        // Handed to someone else at a level the viewer does not reach: back to the queue.
        Feedback.keepForNextRequest();
        redirectToQueue();
      }
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private static void redirectToQueue() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + "/cases/queue.xhtml");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What the viewer may do with the case's hands, as the header last read it. */
  public ForwardingState getState() {
    return page.getForwarding();
  }

  public List<Choice> getAgents() {
    if (agents == null) {
      agents = forwarding.forwardTargets();
      availabilities = Availabilities.of(presence, agents);
    }
    return agents;
  }

  /** Next to each agent's name in the dialog, read with the list. */
  public Availabilities getAvailabilities() {
    return availabilities;
  }

  public List<Choice> getGroups() {
    if (groups == null) {
      groups = forwarding.groups();
    }
    return groups;
  }

  public LazyDataModel<ForwardingItem> getHistory() {
    return history;
  }

  public boolean isToGroup() {
    return toGroup;
  }

  public void setToGroup(boolean toGroup) {
    this.toGroup = toGroup;
  }

  public Long getTargetAgentId() {
    return targetAgentId;
  }

  public void setTargetAgentId(Long targetAgentId) {
    this.targetAgentId = targetAgentId;
  }

  public Long getTargetGroupId() {
    return targetGroupId;
  }

  public void setTargetGroupId(Long targetGroupId) {
    this.targetGroupId = targetGroupId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
