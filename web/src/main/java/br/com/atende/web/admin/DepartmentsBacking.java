package br.com.atende.web.admin;

import br.com.atende.administration.application.DepartmentAdministration;
import br.com.atende.administration.application.DepartmentForm;
import br.com.atende.administration.application.DepartmentRow;
import br.com.atende.administration.application.Removal;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The departments page: the departments paged and filtered in the database, a form that creates
 * one, renaming in place, and removal (a department anything refers to is deactivated instead).
 */
@Named
@ViewScoped
public class DepartmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DepartmentAdministration departments;

  private List<Choice> companies;

  private String filter;

  private Long companyId;

  private String name;

  private Long renamingId;

  private String newName;

  private final LazyDataModel<DepartmentRow> rows =
      new PagedModel<>(
          page -> departments.page(filter, page),
          () -> departments.count(filter),
          DepartmentRow::id);

  @PostConstruct
  void load() {
    companies = departments.companies();
    if (companies.size() == 1) {
      companyId = companies.get(0).id();
    }
  }

  public void create() {
    try {
      departments.create(new DepartmentForm(companyId, name));
      Feedback.info("departments.created", name);
      name = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void startRenaming(long id, String current) {
    renamingId = id;
    newName = current;
  }

  public void rename() {
    try {
      departments.rename(renamingId, newName);
      Feedback.info("departments.renamed", newName);
      renamingId = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void remove(long id, String departmentName) {
    try {
      Removal done = departments.remove(id);
      Feedback.info("departments.removed." + done, departmentName);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reactivate(long id, String departmentName) {
    try {
      departments.reactivate(id);
      Feedback.info("departments.reactivated", departmentName);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<DepartmentRow> getRows() {
    return rows;
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getRenamingId() {
    return renamingId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
