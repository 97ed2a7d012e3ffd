package br.com.atende.workflow.model;

import br.com.atende.cases.model.Case;
import java.util.function.Predicate;

/**
 * A standard case field a workflow step may require before the case leaves it. Custom fields are
 * required through their own "required at step" setting.
 */
public enum StandardField {
  CONTACT(c -> c.getContact() != null),
  DUE_DATE(c -> c.getDueDate() != null),
  CLASSIFICATION(c -> c.getClassification() != null),
  CATEGORY(c -> c.getCategory() != null),
  PRODUCT(c -> c.getProduct() != null),
  MODULE(c -> c.getModule() != null),
  REPRESENTATIVE(c -> c.getRepresentative() != null);

  private final Predicate<Case> filled;

  StandardField(Predicate<Case> filled) {
    this.filled = filled;
  }

  public boolean isFilledIn(Case supportCase) {
    return filled.test(supportCase);
  }
}
