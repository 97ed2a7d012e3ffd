package br.com.atende.web.cases;

import br.com.atende.cases.application.AttachmentItem;
import br.com.atende.cases.notification.AgentAddress;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The "Email about this case" tab (cases/case-email.xhtml): recipients (the client, agents of the
 * company, typed addresses), parts, files and the agent's words; the rules are the service's.
 */
@Named
@ViewScoped
public class CaseEmailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseEmailService caseEmail;

  @Inject private CaseBacking page;

  private boolean toClient;
  private Long[] agentIds = new Long[0];
  private String otherAddresses;
  private CaseEmailPart[] parts = {CaseEmailPart.REQUEST};
  private Long[] attachmentIds = new Long[0];
  private String message;

  private List<AgentAddress> agents;
  private List<AttachmentItem> files;
  private String clientAddress;
  private boolean clientLoaded;

  /** Sends the opening email to the case's contact again (SPEC C6), recorded in the discussion. */
  public void sendOpeningEmailAgain() {
    try {
      String address = caseEmail.sendOpeningEmailAgain(page.getId());
      Feedback.info("caseEmail.openingResent", address);
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void send(long caseId) {
    try {
      Set<CaseEmailPart> chosen = EnumSet.noneOf(CaseEmailPart.class);
      chosen.addAll(Arrays.asList(parts));
      int recipients =
          caseEmail.send(
              new SendCaseEmailCommand(
                  caseId,
                  toClient,
                  List.of(agentIds),
                  otherAddresses,
                  chosen,
                  List.of(attachmentIds),
                  message));
      Feedback.info("caseEmail.queued", recipients);
      page.refresh();
      agentIds = new Long[0];
      otherAddresses = null;
      attachmentIds = new Long[0];
      message = null;
      toClient = false;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public List<AgentAddress> getAgents() {
    if (agents == null) {
      agents = caseEmail.agentsToCopy(page.getId());
    }
    return agents;
  }

  public List<AttachmentItem> filesOf(long caseId) {
    if (files == null) {
      files = caseEmail.filesOf(caseId);
    }
    return files;
  }

  public String clientAddressOf(long caseId) {
    if (!clientLoaded) {
      clientAddress = caseEmail.clientAddress(caseId).orElse(null);
      clientLoaded = true;
    }
    return clientAddress;
  }

  public CaseEmailPart[] getAllParts() {
    return CaseEmailPart.values();
  }

  public boolean isToClient() {
    return toClient;
  }

  public void setToClient(boolean toClient) {
    this.toClient = toClient;
  }

  public Long[] getAgentIds() {
    return agentIds;
  }

  public void setAgentIds(Long[] agentIds) {
    this.agentIds = agentIds == null ? new Long[0] : agentIds;
  }

  public String getOtherAddresses() {
    return otherAddresses;
  }

  public void setOtherAddresses(String otherAddresses) {
    this.otherAddresses = otherAddresses;
  }

  public CaseEmailPart[] getParts() {
    return parts;
  }

  public void setParts(CaseEmailPart[] parts) {
    this.parts = parts == null ? new CaseEmailPart[0] : parts;
  }

  public Long[] getAttachmentIds() {
    return attachmentIds;
  }

  public void setAttachmentIds(Long[] attachmentIds) {
    this.attachmentIds = attachmentIds == null ? new Long[0] : attachmentIds;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
