package br.com.atende.cases.model;

import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

/**
 * What a case is about (SPEC C1): its type, classification, category, product and module, all of
 * the case's company and hanging together; and its access level (SPEC C4), which a classification
 * with a level sets and otherwise only a supervisor changes.
 */
@Embeddable
public class CaseClassification implements Serializable {

  @ManyToOne
  @JoinColumn(name = "case_type_id")
  private CaseType caseType;

  @ManyToOne
  @JoinColumn(name = "classification_id")
  private Classification classification;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private CaseCategory category;

  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  @ManyToOne
  @JoinColumn(name = "product_module_id")
  private ProductModule module;

  @Column(name = "access_level", nullable = false)
  private int accessLevel;

  protected CaseClassification() {}

  /** A case not yet classified, at an access level (0 = public). */
  static CaseClassification atLevel(int accessLevel) {
    if (accessLevel < 0) {
      throw new IllegalArgumentException("access level must not be negative");
    }
    CaseClassification about = new CaseClassification();
    about.accessLevel = accessLevel;
    return about;
  }

  /**
   * The catalog entries must hang together: each of the case's company, the classification of the
   * case type and the module of the product.
   */
  static void check(
      Company company,
      CaseType caseType,
      Classification classification,
      CaseCategory category,
      Product product,
      ProductModule module) {
    if (caseType != null && !Identified.same(caseType.getCompany(), company)) {
      throw new InvalidInputException("caseTypeId", "error.catalog.otherCompany");
    }
    if (classification != null
        && (caseType == null || !Identified.same(classification.getCaseType(), caseType))) {
      throw new InvalidInputException("classificationId", "error.classification.notOfType");
    }
    if (category != null && !Identified.same(category.getCompany(), company)) {
      throw new InvalidInputException("categoryId", "error.catalog.otherCompany");
    }
    if (product != null && !Identified.same(product.getCompany(), company)) {
      throw new InvalidInputException("productId", "error.catalog.otherCompany");
    }
    if (module != null && (product == null || !Identified.same(module.getProduct(), product))) {
      throw new InvalidInputException("moduleId", "error.module.notOfProduct");
    }
  }

  /** Classifies a case being opened; a classification with an access level sets the case's. */
  void classify(
      Company company,
      CaseType caseType,
      Classification classification,
      CaseCategory category,
      Product product,
      ProductModule module) {
    check(company, caseType, classification, category, product, module);
    this.caseType = caseType;
    this.classification = classification;
    this.category = category;
    this.product = product;
    this.module = module;
    if (classification != null && classification.setsAccessLevel()) {
      this.accessLevel = classification.getAccessLevel();
    }
  }

  /**
   * Takes the edited classification, already {@linkplain #check checked}, auditing each change; a
   * new classification with an access level also sets the level, audited as such, which only a
   * supervisor may do when the level differs from the case's.
   */
  void edit(CaseFields fields, AuditTrail audit, Agent by) {
    boolean newClassification = !Identified.same(classification, fields.classification());
    if (newClassification
        && fields.classification() != null
        && fields.classification().setsAccessLevel()
        && fields.classification().getAccessLevel() != accessLevel
        && !by.holds(Role.SUPERVISOR)) {
      // Only a supervisor changes the level (SPEC C4), and a classification is one way to change
      // it.
      throw new BusinessException("error.accessLevel.supervisorOnly", "classificationId");
    }
    audit.compareNamed("caseType", caseType, fields.caseType(), CaseType::getName);
    audit.compareNamed(
        "classification", classification, fields.classification(), Classification::getName);
    audit.compareNamed("category", category, fields.category(), CaseCategory::getName);
    audit.compareNamed("product", product, fields.product(), Product::getName);
    audit.compareNamed("module", module, fields.module(), ProductModule::getName);
    caseType = fields.caseType();
    module = fields.module();
    product = fields.product();
    category = fields.category();
    classification = fields.classification();
    if (newClassification && classification != null && classification.setsAccessLevel()) {
      audit.compare("accessLevel", accessLevel, classification.getAccessLevel());
      accessLevel = classification.getAccessLevel();
    }
  }

  /**
   * Raises the level to at least this one, for a case that carries a copy of a case at that level.
   * Returns false when the level already reaches it.
   */
  boolean raiseTo(int level) {
    if (level <= accessLevel) {
      return false;
    }
    accessLevel = level;
    return true;
  }

  /**
   * A supervisor changes the level (SPEC C4). Returns false, changing nothing, when the level is
   * already the requested one.
   */
  boolean changeLevel(int level, Agent by) {
    if (!by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.accessLevel.supervisorOnly", "accessLevel");
    }
    if (level < 0) {
      throw new InvalidInputException("accessLevel", "error.accessLevel.negative");
    }
    if (level == accessLevel) {
      return false;
    }
    accessLevel = level;
    return true;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public Classification getClassification() {
    return classification;
  }

  public CaseCategory getCategory() {
    return category;
  }

  public Product getProduct() {
    return product;
  }

  public ProductModule getModule() {
    return module;
  }

  public int getAccessLevel() {
    return accessLevel;
  }
}
