package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.application.LogTimeCommand;
import br.com.atende.timekeeping.application.TimeEntryRow;
import br.com.atende.timekeeping.application.TimeEntryService;
import br.com.atende.timekeeping.application.TimeForm;
import br.com.atende.timekeeping.application.TimePanel;
import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.ServiceType;
import br.com.atende.timekeeping.model.ValuationKind;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's time tab (seed 000 "Área de apontamentos"): the summary, the entries (paged,
 * sortable) and the entry form with save, save and new, and save and close the case. Created when
 * the tab is first opened, with one service call for all it shows; the table's first page comes
 * with it. The form, built when the agent asks for it, reads its choices with one call of its own.
 */
@Named
@ViewScoped
public class CaseTimeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int PAGE_SIZE = 10;

  @Inject private CaseBacking page;

  @Inject private TimeEntryService time;

  @Inject private CaseStatusService statuses;

  private TimePanel panel;

  /** The entry form's choices, read the first time the form is built ({@link #getForm()}). */
  private TimeForm form;

  private final LazyDataModel<TimeEntryRow> entries =
      new PagedModel<>(this::entriesPage, () -> panel.summary().entries(), TimeEntryRow::id);

  /** Whether the next first page is the one {@link #panel} brought (it was read with the panel). */
  private boolean usePanelPage;

  private Long entryId;
  private long entryVersion;
  private LocalDate day;
  private LocalTime start;
  private LocalTime end;
  private Nature nature;
  private BigDecimal travel;
  private ServiceType serviceType;
  private Long contractId;
  private Long serviceId;
  private ValuationKind valuation;
  private BigDecimal manualValue;
  private String manualReason;
  private String description;
  private boolean sendAsReply;
  private Long templateId;

  @PostConstruct
  void load() {
    reload();
    emptyEntry();
  }

  private void reload() {
    panel = time.panel(page.getId(), PageRequest.of(0, PAGE_SIZE));
    usePanelPage = true;
  }

  public void save() {
    if (saved()) {
      clearForm();
    }
  }

  /** Saves and keeps the form open for the next entry, on the same day. */
  public void saveAndNew() {
    LocalDate sameDay = day;
    if (saved()) {
      clearForm();
      day = sameDay;
    }
  }

  /**
   * Saves the entry, then concludes the case (told to the client). The entry stays saved when the
   * case may not be concluded yet; the message names what is missing.
   */
  public void saveAndClose() {
    if (!saved()) {
      return;
    }
    clearForm();
    try {
      statuses.changeStatus(
          new ChangeStatusCommand(
              page.getId(), page.getDetails().version(), CaseStatus.NOTIFIED, null, null));
      Feedback.info("view.status.done", Feedback.text("status." + CaseStatus.NOTIFIED));
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private boolean saved() {
    try {
      time.log(
          new LogTimeCommand(
              page.getId(),
              entryId,
              entryVersion,
              day,
              start,
              end,
              nature,
              nature == Nature.EXTERNAL ? travel : null,
              serviceType,
              contractId,
              serviceId,
              valuation,
              manualValue,
              manualReason,
              description,
              sendAsReply));
      Feedback.info("time.saved");
      reload();
      return true;
    } catch (BusinessException e) {
      Feedback.error(e);
      return false;
    }
  }

  /**
   * Fills the description, and the nature where the template names one, from the chosen template of
   * the agent's groups (seed 000 "Modelos"); the agent may still change both before saving.
   */
  public void applyTemplate() {
    getForm().templates().stream()
        .filter(t -> t.id().equals(templateId))
        .findFirst()
        .ifPresent(
            t -> {
              description = t.description();
              if (t.nature() != null) {
                nature = t.nature();
              }
            });
    templateId = null;
  }

  /** Puts an entry of the list in the form to be changed. */
  public void edit(TimeEntryRow row) {
    entryId = row.id();
    entryVersion = row.version();
    day = row.start().toLocalDate();
    start = row.start().toLocalTime();
    end = row.end().toLocalTime();
    nature = row.nature();
    travel = row.travel();
    serviceType = row.serviceType();
    contractId = row.contractId();
    serviceId = row.serviceId();
    valuation = row.valuation();
    manualValue = row.valuation() == ValuationKind.MANUAL ? row.value() : null;
    manualReason = row.manualReason();
    description = row.description();
    sendAsReply = false;
  }

  public void delete(TimeEntryRow row) {
    try {
      time.delete(page.getId(), row.id(), row.version());
      Feedback.info("time.deleted");
      reload();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /**
   * A new entry in the form (the "clear" action, and after a save): today, remote, charged under
   * the party's only contract or service when it has just one.
   */
  public void clearForm() {
    emptyEntry();
    chargeNewEntry();
  }

  private void chargeNewEntry() {
    TimeForm choices = getForm();
    serviceType =
        choices.contracts().isEmpty() && !choices.services().isEmpty()
            ? ServiceType.STANDALONE
            : choices.contracts().isEmpty() ? null : ServiceType.CONTRACT;
    contractId = choices.contracts().size() == 1 ? choices.contracts().get(0).id() : null;
    serviceId = choices.services().size() == 1 ? choices.services().get(0).id() : null;
  }

  /** The form's fields for a new entry, except what it is charged under (that needs the form). */
  private void emptyEntry() {
    entryId = null;
    entryVersion = 0;
    day = LocalDate.now();
    start = null;
    end = null;
    nature = Nature.REMOTE;
    travel = null;
    serviceType = null;
    contractId = null;
    serviceId = null;
    valuation = ValuationKind.RATED;
    manualValue = null;
    manualReason = null;
    description = null;
    sendAsReply = false;
  }

  /** The service types the case's party has: a contract valid today, a standalone service. */
  public List<ServiceType> getServiceTypes() {
    TimeForm choices = getForm();
    if (choices.contracts().isEmpty()) {
      return choices.services().isEmpty() ? List.of() : List.of(ServiceType.STANDALONE);
    }
    return choices.services().isEmpty()
        ? List.of(ServiceType.CONTRACT)
        : List.of(ServiceType.CONTRACT, ServiceType.STANDALONE);
  }

  public Nature[] getNatures() {
    return Nature.values();
  }

  public ValuationKind[] getValuations() {
    return ValuationKind.values();
  }

  /**
   * A page of the entries table: its first page is the one the panel brought; later pages and other
   * sorts are one paged query each, counted by the summary.
   */
  private List<TimeEntryRow> entriesPage(PageRequest request) {
    boolean panelPage =
        usePanelPage
            && request.first() == 0
            && request.sortField() == null
            && request.size() == PAGE_SIZE;
    usePanelPage = false;
    return panelPage ? panel.firstPage() : time.entries(page.getId(), request);
  }

  public LazyDataModel<TimeEntryRow> getEntries() {
    return entries;
  }

  public TimePanel getPanel() {
    return panel;
  }

  /**
   * The entry form's choices: read once, when the form is first built (by the "new entry" button's
   * request, or to edit a row). A new entry in the form then gets its charge.
   */
  public TimeForm getForm() {
    if (form == null) {
      form = time.form(page.getId());
      if (entryId == null) {
        chargeNewEntry();
      }
    }
    return form;
  }

  /** Whether the case's desk takes time entries at all. */
  public boolean isTakingEntries() {
    return panel.mode().takesEntries();
  }

  public boolean isValued() {
    return panel.valued();
  }

  public String getHours() {
    return panel.summary().hours();
  }

  public String getAgentNames() {
    return String.join(", ", panel.summary().agents());
  }

  public boolean isEditing() {
    return entryId != null;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public Nature getNature() {
    return nature;
  }

  public void setNature(Nature nature) {
    this.nature = nature;
  }

  public BigDecimal getTravel() {
    return travel;
  }

  public void setTravel(BigDecimal travel) {
    this.travel = travel;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
    this.serviceType = serviceType;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public ValuationKind getValuation() {
    return valuation;
  }

  public void setValuation(ValuationKind valuation) {
    this.valuation = valuation;
  }

  public BigDecimal getManualValue() {
    return manualValue;
  }

  public void setManualValue(BigDecimal manualValue) {
    this.manualValue = manualValue;
  }

  public String getManualReason() {
    return manualReason;
  }

  public void setManualReason(String manualReason) {
    this.manualReason = manualReason;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public boolean isSendAsReply() {
    return sendAsReply;
  }

  public void setSendAsReply(boolean sendAsReply) {
    this.sendAsReply = sendAsReply;
  }
}
