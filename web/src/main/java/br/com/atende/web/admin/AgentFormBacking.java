package br.com.atende.web.admin;

import br.com.atende.administration.application.AgentAdministration;
import br.com.atende.administration.application.AgentForm;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The agent form of the agents page: empty to create an agent (who is emailed an invitation), or
 * filled with an agent to change it. The login is fixed once the agent exists.
 */
@Named
@ViewScoped
public class AgentFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgentAdministration agents;

  private List<Choice> departments;

  private List<Choice> profiles;

  private Long agentId;

  private String login;

  private String name;

  private String email;

  private String language = "pt-BR";

  private Long departmentId;

  private int clearance;

  private Role[] roles = {Role.AGENT};

  private Long profileId;

  private boolean active = true;

  /** The departments the agent supervises besides its own (for supervisors). */
  private Long[] supervisedDepartmentIds = {};

  @PostConstruct
  void load() {
    departments = agents.departments();
    profiles = agents.profiles();
  }

  /** Fills the form with an agent of the list, to change it. */
  public void edit(long id) {
    try {
      AgentForm form = agents.form(id);
      agentId = id;
      login = form.login();
      name = form.name();
      email = form.email();
      language = form.language();
      departmentId = form.departmentId();
      clearance = form.clearance();
      roles = form.roles().toArray(Role[]::new);
      profileId = form.profileId();
      active = form.active();
      supervisedDepartmentIds = form.supervisedDepartmentIds().toArray(Long[]::new);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void save() {
    AgentForm form =
        new AgentForm(
            login,
            name,
            email,
            language,
            departmentId,
            clearance,
            roles == null ? Set.of() : Set.of(roles),
            profileId,
            active,
            Set.of(supervisedDepartmentIds));
    try {
      if (agentId == null) {
        agents.create(form);
        Feedback.info(active ? "agents.createdInvited" : "agents.created", login);
      } else {
        agents.change(agentId, form);
        Feedback.info("agents.changed", login);
      }
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    agentId = null;
    login = null;
    name = null;
    email = null;
    language = "pt-BR";
    departmentId = null;
    clearance = 0;
    roles = new Role[] {Role.AGENT};
    profileId = null;
    active = true;
    supervisedDepartmentIds = new Long[0];
  }

  public Long[] getSupervisedDepartmentIds() {
    return supervisedDepartmentIds.clone();
  }

  public void setSupervisedDepartmentIds(Long[] supervisedDepartmentIds) {
    this.supervisedDepartmentIds =
        supervisedDepartmentIds == null ? new Long[0] : supervisedDepartmentIds.clone();
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public List<Choice> getProfiles() {
    return profiles;
  }

  public boolean isEditing() {
    return agentId != null;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
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

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public Long getProfileId() {
    return profileId;
  }

  public void setProfileId(Long profileId) {
    this.profileId = profileId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
