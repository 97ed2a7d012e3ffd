package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
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
  private Long caseTypeId;
  private Long classificationId;
  private Long categoryId;
  private Long productId;
  private Long moduleId;
  private List<Choice> caseTypes = List.of();
  private List<Choice> classifications = List.of();
  private List<Choice> categories = List.of();
  private List<Choice> products = List.of();
  private List<Choice> modules = List.of();

  /** Opens the form with the case's current values. */
  public void start() {
    CaseDetails details = page.getDetails();
    subject = details.subject();
    request = details.request();
    priority = details.priority();
    dueDate = details.dueDate();
    caseTypeId = details.caseTypeId();
    categoryId = details.categoryId();
    productId = details.productId();
    caseTypes = catalog.caseTypes(details.companyId());
    categories = catalog.categories(details.companyId());
    products = catalog.products(details.companyId());
    caseTypeChosen();
    classificationId = details.classificationId();
    productChosen();
    moduleId = details.moduleId();
    editing = true;
  }

  public void caseTypeChosen() {
    classificationId = null;
    classifications = caseTypeId == null ? List.of() : catalog.classifications(caseTypeId);
  }

  public void productChosen() {
    moduleId = null;
    modules = productId == null ? List.of() : catalog.modules(productId);
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
              caseTypeId,
              classificationId,
              categoryId,
              productId,
              moduleId));
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

  public LocalDateTime getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDateTime dueDate) {
    this.dueDate = dueDate;
  }

  public Long getCaseTypeId() {
    return caseTypeId;
  }

  public void setCaseTypeId(Long caseTypeId) {
    this.caseTypeId = caseTypeId;
  }

  public Long getClassificationId() {
    return classificationId;
  }

  public void setClassificationId(Long classificationId) {
    this.classificationId = classificationId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public void setModuleId(Long moduleId) {
    this.moduleId = moduleId;
  }

  public List<Choice> getCaseTypes() {
    return caseTypes;
  }

  public List<Choice> getClassifications() {
    return classifications;
  }

  public List<Choice> getCategories() {
    return categories;
  }

  public List<Choice> getProducts() {
    return products;
  }

  public List<Choice> getModules() {
    return modules;
  }
}
