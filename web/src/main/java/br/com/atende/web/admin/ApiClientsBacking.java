package br.com.atende.web.admin;

import br.com.atende.integration.application.ApiClientAdminService;
import br.com.atende.integration.application.ApiClientRow;
import br.com.atende.integration.application.CreatedApiClient;
import br.com.atende.integration.application.NewApiClient;
import br.com.atende.integration.model.ApiScope;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;

/**
 * The API clients page (issue 14): the clients paged in the database with their last use, a form
 * that creates one and shows its token once (it lives in this view only, never stored), and
 * revocation.
 */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApiClientAdminService clients;

  private List<Choice> departments;

  private String name;

  private Long departmentId;

  private int clearance;

  private boolean mayRead = true;

  private boolean mayWrite = true;

  private int requestsPerMinute = 600;

  private CreatedApiClient created;

  private final LazyDataModel<ApiClientRow> rows =
      new PagedModel<>(page -> clients.list(page), () -> clients.count().value(), ApiClientRow::id);

  @PostConstruct
  void load() {
    departments = clients.departments();
  }

  public void create() {
    created = null;
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    if (mayRead) {
      scopes.add(ApiScope.CASES_READ);
    }
    if (mayWrite) {
      scopes.add(ApiScope.CASES_WRITE);
    }
    try {
      created =
          clients.create(
              new NewApiClient(name, departmentId, clearance, scopes, requestsPerMinute));
      name = null;
      Feedback.info("apiClients.created");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void revoke(long clientId) {
    created = null;
    try {
      clients.revoke(clientId);
      Feedback.info("apiClients.revoked");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<ApiClientRow> getRows() {
    return rows;
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public CreatedApiClient getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public int getClearance() {
    return clearance;
  }

  public void setClearance(int clearance) {
    this.clearance = clearance;
  }

  public boolean isMayRead() {
    return mayRead;
  }

  public void setMayRead(boolean mayRead) {
    this.mayRead = mayRead;
  }

  public boolean isMayWrite() {
    return mayWrite;
  }

  public void setMayWrite(boolean mayWrite) {
    this.mayWrite = mayWrite;
  }

  public int getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public void setRequestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }
}
