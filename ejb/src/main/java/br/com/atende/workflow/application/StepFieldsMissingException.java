package br.com.atende.workflow.application;

import br.com.atende.shared.BusinessException;
import br.com.atende.workflow.model.StandardField;
import java.util.List;

/**
 * "Advance step" refused because the step requires fields the case has not filled in: the page
 * names each one (standard fields by their label, custom fields by their name).
 */
public class StepFieldsMissingException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<StandardField> standardFields;
  private final List<String> customFields;

  public StepFieldsMissingException(List<StandardField> standardFields, List<String> customFields) {
    super("error.workflow.missingFields", null);
    this.standardFields = List.copyOf(standardFields);
    this.customFields = List.copyOf(customFields);
  }

  public List<StandardField> standardFields() {
    return standardFields;
  }

  public List<String> customFields() {
    return customFields;
  }
}
