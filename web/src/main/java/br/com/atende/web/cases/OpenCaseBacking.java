package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.ChannelOption;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.SamePartyDraft;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "new case" form: party lookup, then the case's fields; one service call opens it. */
@Named
@ViewScoped
public class OpenCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseService cases;

  @Inject private PartyService parties;

  /** The case whose party and contact a new case copies, if any. */
  private Long sameAs;

  private PartyKind kind;
  private PartyOption party;
  private List<ContactOption> contacts = List.of();
  private Long contactId;
  private String subject;
  private String request;
  private Priority priority = Priority.NORMAL;
  private LocalDateTime dueDate;
  private boolean assignToMe;
  private String channel;
  private ContactOrigin origin = ContactOrigin.CLIENT;
  private List<ChannelOption> channels = List.of();

  /**
   * Parties offered by the lookup so far, for the converter to turn the chosen id back into its
   * option.
   */
  private final Map<Long, PartyOption> offered = new HashMap<>();

  /**
   * Loads the form's options, and prefills party and contact when the agent came from "new case for
   * the same party".
   */
  public void prefill() {
    channels = cases.contactChannels();
    if (sameAs == null) {
      return;
    }
    try {
      SamePartyDraft draft = cases.draftForSameParty(sameAs);
      party = draft.party();
      offered.put(party.id(), party);
      contacts = parties.contactsOf(party.id());
      contactId = draft.contactId();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public List<PartyOption> completeParty(String query) {
    try {
      List<PartyOption> found = parties.lookup(kind, query);
      found.forEach(option -> offered.put(option.id(), option));
      return found;
    } catch (BusinessException e) {
      Feedback.error(e);
      return List.of();
    }
  }

  public void partyChosen() {
    contactId = null;
    contacts = party == null ? List.of() : parties.contactsOf(party.id());
  }

  public String open() {
    try {
      OpenedCase opened =
          cases.open(
              new OpenCaseCommand(
                  party == null ? null : party.id(),
                  contactId,
                  subject,
                  request,
                  priority,
                  dueDate,
                  assignToMe,
                  channel,
                  origin));
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

  public Converter<PartyOption> getPartyConverter() {
    return new Converter<>() {
      @Override
      public PartyOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
          return null;
        }
        try {
          return offered.get(Long.valueOf(value));
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public String getAsString(FacesContext context, UIComponent component, PartyOption value) {
        return value == null ? "" : String.valueOf(value.id());
      }
    };
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

  public PartyKind[] getKinds() {
    return PartyKind.values();
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

  public PartyKind getKind() {
    return kind;
  }

  public void setKind(PartyKind kind) {
    this.kind = kind;
  }

  public PartyOption getParty() {
    return party;
  }

  public void setParty(PartyOption party) {
    this.party = party;
  }

  public List<ContactOption> getContacts() {
    return contacts;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
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
}
