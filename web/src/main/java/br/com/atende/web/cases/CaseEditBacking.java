package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The case page's "edit" form: the request and the fields of what the case is about, prefilled from
 * the case as {@link CaseBacking} last loaded it. The service audits every field that changed.
 */
@Named
@ViewScoped
public class CaseEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseService cases;

  @Inject private CatalogService catalog;

  private boolean editing;
  private String subject;
  private String request;
  private Priority priority;
  private LocalDateTime dueDate;
  private String dueDateNote;
  private final CatalogSelection about = new CatalogSelection();

  /** The level typed in the access-level field; null shows the case's own. */
  private Integer accessLevel;

  /** Supervisors only; the service refuses anyone else whatever the page shows. */
  public void changeAccessLevel() {
    try {
      int level = getAccessLevel();
      cases.changeAccessLevel(page.getId(), page.getDetails().version(), level);
      Feedback.info("view.accessLevel.done", level);
      accessLevel = null;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** The level the access-level field shows: the case's own until the supervisor types another. */
  public Integer getAccessLevel() {
    return accessLevel == null ? page.getDetails().accessLevel() : accessLevel;
  }

  public void setAccessLevel(Integer accessLevel) {
    this.accessLevel = accessLevel;
  }

  /** The agents a supervisor may assign the case to, read when the assign form opens. */
  private List<Choice> assignable;

  private Long assigneeId;

  /** Supervisors: opens the assign form with the agents of the department. */
  public void startAssign() {
    try {
      assignable = cases.assignableAgents(page.getId());
      assigneeId = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Supervisors: gives the case to the chosen agent (recorded as an assignment). */
  public void assign() {
    if (assigneeId == null) {
      Feedback.error(new InvalidInputException("assigneeId", "error.required"));
      return;
    }
    try {
      cases.assign(page.getId(), page.getDetails().version(), assigneeId);
      Feedback.info("view.assign.done");
      assignable = null;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public List<Choice> getAssignable() {
    return assignable;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  /** Opens the form with the case's current values. */
  public void start() {
    CaseDetails details = page.getDetails();
    subject = details.subject();
    request = details.request();
    priority = details.priority();
    dueDate = details.dueDate();
    dueDateNote = null;
    about.offerCompany(catalog, details.companyId());
    about.choose(
        catalog,
        details.caseTypeId(),
        details.classificationId(),
        details.categoryId(),
        details.productId(),
        details.moduleId());
    about.keep(
        current(details.caseTypeId(), details.caseTypeName()),
        current(details.classificationId(), details.classificationName()),
        current(details.categoryId(), details.categoryName()),
        current(details.productId(), details.productName()),
        current(details.moduleId(), details.moduleName()));
    editing = true;
  }

  private static Choice current(Long id, String name) {
    return id == null ? null : new Choice(id, name);
  }

  public void caseTypeChosen() {
    about.caseTypeChosen(catalog);
  }

  public void productChosen() {
    about.productChosen(catalog);
  }

  public void save() {
    try {
      cases.edit(
          new EditCaseCommand(
              page.getId(),
              page.getDetails().version(),
              subject,
              request,
              priority,
              dueDate,
              about.getCaseTypeId(),
              about.getClassificationId(),
              about.getCategoryId(),
              about.getProductId(),
              about.getModuleId(),
              dueDateNote));
      Feedback.info("view.edit.done");
      editing = false;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void cancel() {
    editing = false;
  }

  public CatalogSelection getAbout() {
    return about;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public boolean isEditing() {
    return editing;
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

  public String getDueDateNote() {
    return dueDateNote;
  }

  public void setDueDateNote(String dueDateNote) {
    this.dueDateNote = dueDateNote;
  }

  public LocalDateTime getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDateTime dueDate) {
    this.dueDate = dueDate;
  }
}
