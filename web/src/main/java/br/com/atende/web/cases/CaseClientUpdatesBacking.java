package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.LongSupplier;

/**
 * What the client is told besides the replies (seed 004 §2.1, §4.5): the header's "send
 * notifications to the client" switch and the informational status dialog. One service call per
 * action; the service checks who may.
 */
@Named
@ViewScoped
public class CaseClientUpdatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseStatusService statuses;

  private String infoStatus;
  private String infoStatusMessage;

  public void notifyClient() {
    act(() -> statuses.notifyClient(page.getId(), version(), true), "case.notifyClient.on.done");
  }

  public void stopNotifyingClient() {
    act(() -> statuses.notifyClient(page.getId(), version(), false), "case.notifyClient.off.done");
  }

  public void startInformationalStatus() {
    act(
        () ->
            statuses.startInformationalStatus(
                page.getId(), version(), infoStatus, infoStatusMessage),
        "infoStatus.started.done");
  }

  public void endInformationalStatus() {
    act(() -> statuses.endInformationalStatus(page.getId(), version()), "infoStatus.ended.done");
  }

  private long version() {
    return page.getDetails().version();
  }

  private void act(LongSupplier action, String done) {
    try {
      action.getAsLong();
      Feedback.info(done);
      infoStatus = null;
      infoStatusMessage = null;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public String getInfoStatus() {
    return infoStatus;
  }

  public void setInfoStatus(String infoStatus) {
    this.infoStatus = infoStatus;
  }

  public String getInfoStatusMessage() {
    return infoStatusMessage;
  }

  public void setInfoStatusMessage(String infoStatusMessage) {
    this.infoStatusMessage = infoStatusMessage;
  }
}
