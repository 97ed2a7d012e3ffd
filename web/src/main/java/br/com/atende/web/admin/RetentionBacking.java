package br.com.atende.web.admin;

import br.com.atende.dataprotection.application.CompanyRetention;
import br.com.atende.dataprotection.application.DataSubjectService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The data-subject page's retention panel: each company's years, changed one at a time. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataSubjectService dataSubjects;

  private List<CompanyRetention> companies = List.of();

  private Long companyId;

  private Integer years;

  public void load() {
    companies = dataSubjects.retention();
  }

  public void save() {
    if (companyId == null) {
      return;
    }
    try {
      dataSubjects.setRetention(companyId, years);
      Feedback.info("dataSubject.retention.saved");
      companies = dataSubjects.retention();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public List<CompanyRetention> getCompanies() {
    return companies;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Integer getYears() {
    return years;
  }

  public void setYears(Integer years) {
    this.years = years;
  }
}
