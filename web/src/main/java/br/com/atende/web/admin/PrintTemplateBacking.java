package br.com.atende.web.admin;

import br.com.atende.cases.printing.PrintLayout;
import br.com.atende.cases.printing.PrintTemplateForm;
import br.com.atende.cases.printing.PrintTemplateService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** The print template page: one company's template at a time, saved sanitized by the service. */
@Named
@ViewScoped
public class PrintTemplateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PrintTemplateService templates;

  private List<Choice> companies;
  private Long companyId;
  private String body;
  private long version;

  @PostConstruct
  void init() {
    companies = templates.companies();
    if (!companies.isEmpty()) {
      companyId = companies.get(0).id();
      load();
    }
  }

  /** Shows the chosen company's template. */
  public void load() {
    show(templates.template(companyId));
  }

  public void save() {
    try {
      show(templates.save(new PrintTemplateForm(companyId, body, version)));
      Feedback.info("admin.print.saved", companyName());
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private void show(PrintTemplateForm form) {
    body = form.body();
    version = form.version();
  }

  private String companyName() {
    return companies.stream()
        .filter(c -> companyId != null && c.id() == companyId)
        .map(Choice::name)
        .findFirst()
        .orElse("");
  }

  public String getPlaceholders() {
    return PrintLayout.PLACEHOLDERS.stream()
        .map(p -> "[[" + p + "]]")
        .collect(Collectors.joining(" "));
  }

  public boolean isDefaultTemplate() {
    return version < 0;
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
