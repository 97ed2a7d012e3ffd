package br.com.atende.web.cases;

import br.com.atende.catalog.application.CatalogService;
import br.com.atende.shared.Choice;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a case is about, as a form chooses it: case type and its classification, general category,
 * product and its module, with the choices each offers. A dependent list is reloaded, and its
 * choice cleared, when what it depends on changes. Shared by the opening form and the case edit.
 */
public class CatalogSelection implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** Offers the company's entries, nothing chosen (none at all without a company). */
  public void offerCompany(CatalogService catalog, Long companyId) {
    boolean none = companyId == null;
    caseTypes = none ? List.of() : catalog.caseTypes(companyId);
    categories = none ? List.of() : catalog.categories(companyId);
    products = none ? List.of() : catalog.products(companyId);
    caseTypeId = null;
    categoryId = null;
    productId = null;
    caseTypeChosen(catalog);
    productChosen(catalog);
  }

  /** Chooses every entry at once (e.g. the case's current ones), with the lists they need. */
  public void choose(
      CatalogService catalog,
      Long caseType,
      Long classification,
      Long category,
      Long product,
      Long module) {
    caseTypeId = caseType;
    caseTypeChosen(catalog);
    classificationId = classification;
    categoryId = category;
    productId = product;
    productChosen(catalog);
    moduleId = module;
  }

  /**
   * Offers the case's current entries too where they were deactivated since: an inactive entry
   * stays on the cases that have it, and the edit form shows and keeps it until the agent changes
   * it. Each is null where the case has none.
   */
  public void keep(
      Choice caseType, Choice classification, Choice category, Choice product, Choice module) {
    caseTypes = withCurrent(caseTypes, caseType);
    classifications = withCurrent(classifications, classification);
    categories = withCurrent(categories, category);
    products = withCurrent(products, product);
    modules = withCurrent(modules, module);
  }

  private static List<Choice> withCurrent(List<Choice> offered, Choice current) {
    if (current == null || offered.stream().anyMatch(c -> c.id() == current.id())) {
      return offered;
    }
    return Stream.concat(Stream.of(current), offered.stream()).toList();
  }

  public void caseTypeChosen(CatalogService catalog) {
    classificationId = null;
    classifications = caseTypeId == null ? List.of() : catalog.classifications(caseTypeId);
  }

  public void productChosen(CatalogService catalog) {
    moduleId = null;
    modules = productId == null ? List.of() : catalog.modules(productId);
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
