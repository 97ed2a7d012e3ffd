package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseHeader;
import br.com.atende.cases.application.CaseOpening;
import br.com.atende.cases.application.CaseReadingService;
import br.com.atende.cases.application.ForwardingState;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.shared.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

/**
 * The case page's header: which case the page shows and the case as last loaded (its version is
 * what the next change expects). What the page opens with (header, conversation, side panel) is
 * read by one service call here and handed to the conversation's and the side panel's beans; every
 * other panel has a bean of its own that reads its data with one service call when it is shown.
 * They ask this one for the case's id, version and facts, and call {@link #refresh()} after a
 * change. A case that does not exist, or that the viewer may not see, is a plain 404.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseReadingService reading;

  @Inject private ConversationBacking conversation;

  @Inject private CaseSideBacking side;

  private Long id;
  private CaseHeader header;

  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException();
      }
      show(reading.opening(id, ConversationBacking.STEP));
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  /**
   * Reloads what opens with the page (header, conversation, side panel) after a change made on it:
   * the next change then names the version just written.
   */
  public void refresh() {
    show(reading.opening(id, ConversationBacking.STEP));
  }

  /** The header is this bean's; the conversation and the side panel are handed to theirs. */
  private void show(CaseOpening opening) {
    header = opening.header();
    conversation.show(opening.conversation());
    side.show(opening.sidePanel());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseHeader getHeader() {
    return header;
  }

  public CaseDetails getDetails() {
    return header.details();
  }

  public Set<CaseStatus> getNextStatuses() {
    return header.nextStatuses();
  }

  public ForwardingState getForwarding() {
    return header.forwarding();
  }

  public boolean isCustomFieldsApply() {
    return header.customFieldsApply();
  }
}
