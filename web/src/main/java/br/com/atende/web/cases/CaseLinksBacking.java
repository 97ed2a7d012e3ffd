package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.EscalateCommand;
import br.com.atende.cases.application.GenerateCaseCommand;
import br.com.atende.cases.application.GeneratedPart;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.Priority;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;

/**
 * The case page's "Related cases" tab (SPEC C5): the case it escalates, its escalations and the
 * form to open one, the cases related to it, and "generate a case from this one".
 */
@Named
@ViewScoped
public class CaseLinksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseLinkService links;

  private List<Choice> departments;
  private CaseSummary parent;
  private boolean parentLoaded;

  private Long escalationDepartmentId;
  private String escalationSubject;
  private String escalationRequest;
  private Priority escalationPriority = Priority.NORMAL;

  private String otherNumber;

  private String generatedSubject;
  private String generatedRequest;

  /** An array, not a list: JSF converts the ticked values by the array's element type. */
  private GeneratedPart[] generatedParts = {
    GeneratedPart.CONTACT, GeneratedPart.REPRESENTATIVE, GeneratedPart.CATALOG
  };

  private final LazyDataModel<CaseSummary> escalations =
      new PagedModel<>(
          request -> links.escalations(page.getId(), request),
          () -> links.countEscalations(page.getId()),
          CaseSummary::id);

  private final LazyDataModel<CaseSummary> related =
      new PagedModel<>(
          request -> links.related(page.getId(), request),
          () -> links.countRelated(page.getId()),
          CaseSummary::id);

  public CaseSummary getParent() {
    if (!parentLoaded) {
      parent = links.parentOf(page.getId()).orElse(null);
      parentLoaded = true;
    }
    return parent;
  }

  public void escalate() {
    try {
      OpenedCase child =
          links.escalate(
              new EscalateCommand(
                  page.getId(),
                  escalationDepartmentId,
                  escalationSubject,
                  escalationRequest,
                  escalationPriority));
      Feedback.info("view.links.escalated", child.number());
      page.refresh();
      escalationSubject = null;
      escalationRequest = null;
      escalationDepartmentId = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void relate() {
    try {
      links.relate(page.getId(), otherNumber);
      Feedback.info("view.links.related.done", otherNumber.strip());
      page.refresh();
      otherNumber = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void unrelate(CaseSummary other) {
    try {
      links.unrelate(page.getId(), other.id());
      Feedback.info("view.links.unrelated", other.number());
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** Opens the generated case's page, its number in the message. */
  public String generate() {
    try {
      Set<GeneratedPart> copied = EnumSet.noneOf(GeneratedPart.class);
      copied.addAll(Arrays.asList(generatedParts));
      OpenedCase opened =
          links.generateFrom(
              new GenerateCaseCommand(
                  page.getId(), generatedSubject, generatedRequest, Set.copyOf(copied)));
      Feedback.info("view.links.generated", opened.number());
      Feedback.keepForNextRequest();
      return "/cases/view?faces-redirect=true&id=" + opened.id();
    } catch (BusinessException e) {
      Feedback.error(e);
      return null;
    }
  }

  public List<Choice> getDepartments() {
    if (departments == null) {
      departments = links.escalationDepartments(page.getId());
    }
    return departments;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public GeneratedPart[] getParts() {
    return GeneratedPart.values();
  }

  public LazyDataModel<CaseSummary> getEscalations() {
    return escalations;
  }

  public LazyDataModel<CaseSummary> getRelated() {
    return related;
  }

  public Long getEscalationDepartmentId() {
    return escalationDepartmentId;
  }

  public void setEscalationDepartmentId(Long escalationDepartmentId) {
    this.escalationDepartmentId = escalationDepartmentId;
  }

  public String getEscalationSubject() {
    return escalationSubject;
  }

  public void setEscalationSubject(String escalationSubject) {
    this.escalationSubject = escalationSubject;
  }

  public String getEscalationRequest() {
    return escalationRequest;
  }

  public void setEscalationRequest(String escalationRequest) {
    this.escalationRequest = escalationRequest;
  }

  public Priority getEscalationPriority() {
    return escalationPriority;
  }

  public void setEscalationPriority(Priority escalationPriority) {
    this.escalationPriority = escalationPriority;
  }

  public String getOtherNumber() {
    return otherNumber;
  }

  public void setOtherNumber(String otherNumber) {
    this.otherNumber = otherNumber;
  }

  public String getGeneratedSubject() {
    if (generatedSubject == null) {
      generatedSubject = page.getDetails().subject();
    }
    return generatedSubject;
  }

  public void setGeneratedSubject(String generatedSubject) {
    this.generatedSubject = generatedSubject;
  }

  public String getGeneratedRequest() {
    return generatedRequest;
  }

  public void setGeneratedRequest(String generatedRequest) {
    this.generatedRequest = generatedRequest;
  }

  public GeneratedPart[] getGeneratedParts() {
    return generatedParts;
  }

  public void setGeneratedParts(GeneratedPart[] generatedParts) {
    this.generatedParts = generatedParts;
  }
}
