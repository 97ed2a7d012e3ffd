package br.com.atende.web.cases;

import br.com.atende.customfield.application.CopyResult;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The case page's "Custom fields" tab (SPEC C7): one input per field by its type, saved all at
 * once; copy the values of another case by its number; clear them all.
 */
@Named
@ViewScoped
public class CustomFieldsTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CustomFieldService customFields;

  @Inject private PartyService parties;

  private List<CustomFieldInput> inputs;
  private List<Choice> agents;
  private String sourceNumber;

  public List<CustomFieldInput> getInputs() {
    if (inputs == null) {
      load();
    }
    return inputs;
  }

  private void load() {
    inputs =
        customFields.fieldsOf(page.getId()).stream()
            .map(CustomFieldInput::new)
            .collect(Collectors.toList());
  }

  public void save() {
    try {
      Map<Long, String> values = new LinkedHashMap<>();
      getInputs().forEach(input -> values.put(input.getEntry().id(), input.raw()));
      customFields.save(page.getId(), page.getDetails().version(), values);
      Feedback.info("customFields.saved");
      afterChange();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void copy() {
    try {
      CopyResult copied =
          customFields.copyFrom(page.getId(), page.getDetails().version(), sourceNumber);
      Feedback.info("customFields.copied");
      if (!copied.skipped().isEmpty()) {
        Feedback.warn("customFields.copySkipped", String.join(", ", copied.skipped()));
      }
      sourceNumber = null;
      afterChange();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    try {
      customFields.clear(page.getId(), page.getDetails().version());
      Feedback.info("customFields.cleared");
      afterChange();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private void afterChange() {
    page.refresh();
    load();
  }

  /** Parties whose name or tax id starts with what was typed, as "Name (#id)". */
  public List<String> completeParty(String typed) {
    if (typed == null || typed.strip().length() < 2) {
      return List.of();
    }
    return parties.lookup(null, LookupBy.NAME_OR_TAX_ID, typed.strip()).stream()
        .limit(20)
        .map(p -> CustomFieldInput.partyLabel(p.name(), p.id()))
        .collect(Collectors.toList());
  }

  public List<Choice> getAgents() {
    if (agents == null) {
      agents = customFields.agentsToChoose();
    }
    return agents;
  }

  public String getSourceNumber() {
    return sourceNumber;
  }

  public void setSourceNumber(String sourceNumber) {
    this.sourceNumber = sourceNumber;
  }
}
