package br.com.atende.administration.application;

import br.com.atende.organization.model.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator fills in for an agent. The company is the department's.
 *
 * @param login the agent's name at the login page; fixed once the agent exists
 * @param language {@code pt-BR} or {@code en}: the agent's pages and emails
 * @param clearance compared with a case's access level (SPEC C4)
 * @param profileId the profile that grants the agent's permissions; none grants none
 * @param supervisedDepartmentIds the departments a supervisor leads besides its own; null leaves
 *     them as they are (none for a new agent)
 */
public record AgentForm(
    @NotBlank(message = "{error.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}", message = "{error.agent.login}")
        String login,
    @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.tooLong}")
        String name,
    @NotBlank(message = "{error.required}")
        @Size(max = 254, message = "{error.tooLong}")
        @Email(message = "{error.email.invalid}")
        String email,
    @NotNull(message = "{error.required}")
        @Pattern(regexp = "pt-BR|en", message = "{error.agent.language}")
        String language,
    @NotNull(message = "{error.required}") Long departmentId,
    @Min(value = 0, message = "{error.agent.clearance}")
        @Max(value = 3, message = "{error.agent.clearance}")
        int clearance,
    @NotEmpty(message = "{error.agent.roles}") Set<Role> roles,
    Long profileId,
    boolean active,
    Set<Long> supervisedDepartmentIds) {

  public AgentForm {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    supervisedDepartmentIds =
        supervisedDepartmentIds == null ? null : Set.copyOf(supervisedDepartmentIds);
  }

  /** A form that leaves the departments the agent supervises as they are. */
  public AgentForm(
      String login,
      String name,
      String email,
      String language,
      Long departmentId,
      int clearance,
      Set<Role> roles,
      Long profileId,
      boolean active) {
    this(login, name, email, language, departmentId, clearance, roles, profileId, active, null);
  }
}
