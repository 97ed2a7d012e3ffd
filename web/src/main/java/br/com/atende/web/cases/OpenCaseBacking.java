package br.com.atende.web.cases;

import br.com.atende.cases.application.AppendCommand;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.ChannelOption;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.application.SamePartyDraft;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.presence.PresenceService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.PageRequest;
import br.com.atende.web.shared.Availabilities;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The "new case" form: party lookup, then the case's fields; one service call opens it. */
@Named
@ViewScoped
public class OpenCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseService cases;

  @Inject private PartyService parties;

  @Inject private CaseLinkService links;

  /** How many of the client's open cases the "append" choice offers: the newest ones. */
  private static final int OPEN_CASES = 20;

  private List<CaseSummary> openCases = List.of();
  private Long appendToCaseId;

  @Inject private CatalogService catalog;

  @Inject private PresenceService presence;

  /** The case whose party and contact a new case copies, if any. */
  private Long sameAs;

  private Long companyId;
  private Long departmentId;
  private List<Choice> companies = List.of();
  private List<Choice> departments = List.of();
  private final CatalogSelection about = new CatalogSelection();

  private String subject;
  private String request;
  private Priority priority = Priority.NORMAL;
  private LocalDateTime dueDate;
  private boolean assignToMe;
  private String channel;
  private ContactOrigin origin = ContactOrigin.CLIENT;
  private List<ChannelOption> channels = List.of();

  private final PartySelection who = new PartySelection();

  /** Whether the opener is a supervisor: offered the access level and an assignee. */
  private boolean supervisor;

  private Integer accessLevel;
  private Long targetGroupId;
  private Long assigneeId;
  private List<Choice> groups = List.of();
  private List<Choice> assignees = List.of();
  private Availabilities assigneeAvailabilities = Availabilities.NONE;

  /**
   * Loads the form's options, and prefills party and contact when the agent came from "new case for
   * the same party".
   */
  public void prefill() {
    channels = cases.contactChannels();
    OpeningDefaults defaults = cases.openingDefaults();
    companies = catalog.companies();
    supervisor = defaults.supervisor();
    assignees = supervisor ? cases.openingAssignees() : List.of();
    assigneeAvailabilities = Availabilities.of(presence, assignees);
    companyId = defaults.companyId();
    departmentId = defaults.departmentId();
    companyChosen();
    departmentId = defaults.departmentId();
    about.choose(catalog, defaults.caseTypeId(), null, null, null, null);
    if (sameAs == null) {
      return;
    }
    try {
      SamePartyDraft draft = cases.draftForSameParty(sameAs);
      who.choose(parties, draft.party(), draft.contactId());
      loadOpenCases();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** A company chosen: its departments and catalog entries, nothing chosen. */
  public void companyChosen() {
    departmentId = null;
    departments = companyId == null ? List.of() : catalog.departments(companyId);
    targetGroupId = null;
    groups = companyId == null ? List.of() : cases.openingGroups(companyId);
    about.offerCompany(catalog, companyId);
  }

  public void caseTypeChosen() {
    about.caseTypeChosen(catalog);
  }

  public void productChosen() {
    about.productChosen(catalog);
  }

  public List<Choice> completeRepresentative(String query) {
    return who.completeRepresentative(parties, query);
  }

  public void representativeChosen() {
    who.representativeChosen(parties);
  }

  public List<PartyOption> completeParty(String query) {
    return who.completeParty(parties, query);
  }

  public void partyChosen() {
    who.partyChosen(parties);
    loadOpenCases();
  }

  /**
   * A client added (or, its tax id being taken, found) in the "add a client" dialog becomes the
   * form's client, with everything else typed kept.
   */
  public void clientChosen(PartyOption client) {
    who.choose(parties, client, null);
    loadOpenCases();
  }

  /** The client's newest open cases, where the request may be appended instead. */
  private void loadOpenCases() {
    appendToCaseId = null;
    openCases =
        who.getPartyId() == null
            ? List.of()
            : links.openCasesOf(who.getPartyId(), PageRequest.of(0, OPEN_CASES));
  }

  /** Appends the request to the chosen open case of the client and shows that case. */
  public String append() {
    try {
      links.append(new AppendCommand(appendToCaseId, who.getPartyId(), channel, request));
      String number =
          openCases.stream()
              .filter(row -> row.id() == appendToCaseId)
              .map(CaseSummary::number)
              .findFirst()
              .orElse("");
      Feedback.info("open.appended", number);
      Feedback.keepForNextRequest();
      return "/cases/view?faces-redirect=true&id=" + appendToCaseId;
    } catch (BusinessException e) {
      Feedback.error(e);
      return null;
    }
  }

  public PartySelection getWho() {
    return who;
  }

  public List<CaseSummary> getOpenCases() {
    return openCases;
  }

  public Long getAppendToCaseId() {
    return appendToCaseId;
  }

  public void setAppendToCaseId(Long appendToCaseId) {
    this.appendToCaseId = appendToCaseId;
  }

  public String open() {
    try {
      OpenedCase opened =
          cases.open(
              new OpenCaseCommand(
                  companyId,
                  departmentId,
                  about.getCaseTypeId(),
                  about.getClassificationId(),
                  about.getCategoryId(),
                  about.getProductId(),
                  about.getModuleId(),
                  who.getPartyId(),
                  who.getContactId(),
                  who.getRepresentativeId(),
                  who.getRepresentativeContactId(),
                  channel,
                  origin,
                  subject,
                  request,
                  priority,
                  dueDate,
                  assignToMe,
                  supervisor ? accessLevel : null,
                  targetGroupId,
                  supervisor ? assigneeId : null));
      Feedback.info("open.done", opened.number());
      if (opened.openingEmailQueued()) {
        Feedback.info("open.emailQueued");
      } else {
        Feedback.warn("open.noEmail");
      }
      Feedback.keepForNextRequest();
      return "/cases/view?faces-redirect=true&id=" + opened.id();
    } catch (BusinessException e) {
      Feedback.error(e);
      return null;
    }
  }

  public List<ChannelOption> getChannels() {
    return channels;
  }

  public ContactOrigin[] getOrigins() {
    return ContactOrigin.values();
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public ContactOrigin getOrigin() {
    return origin;
  }

  public void setOrigin(ContactOrigin origin) {
    this.origin = origin;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public Long getSameAs() {
    return sameAs;
  }

  public void setSameAs(Long sameAs) {
    this.sameAs = sameAs;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public LocalDateTime getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDateTime dueDate) {
    this.dueDate = dueDate;
  }

  public boolean isAssignToMe() {
    return assignToMe;
  }

  public void setAssignToMe(boolean assignToMe) {
    this.assignToMe = assignToMe;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public CatalogSelection getAbout() {
    return about;
  }

  public boolean isSupervisor() {
    return supervisor;
  }

  public Integer getAccessLevel() {
    return accessLevel;
  }

  public void setAccessLevel(Integer accessLevel) {
    this.accessLevel = accessLevel;
  }

  public Long getTargetGroupId() {
    return targetGroupId;
  }

  public void setTargetGroupId(Long targetGroupId) {
    this.targetGroupId = targetGroupId;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public List<Choice> getGroups() {
    return groups;
  }

  /** Next to each assignee's name: available, away or in a meeting (seed 003). */
  public Availabilities getAssigneeAvailabilities() {
    return assigneeAvailabilities;
  }

  public List<Choice> getAssignees() {
    return assignees;
  }
}
