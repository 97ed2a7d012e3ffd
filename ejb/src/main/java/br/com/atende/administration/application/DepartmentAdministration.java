package br.com.atende.administration.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;

/**
 * Administrators create, rename and remove departments. Removing deletes a department nothing
 * refers to and deactivates any other; a department's name is unique within its company.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DepartmentAdministration {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private AdminLog log;

  @Inject private TrialDeletion trial;

  @Resource private SessionContext context;

  /** The departments whose name or company's name contains the filter, by company and name. */
  public List<DepartmentRow> page(String filter, PageRequest page) {
    return filtered(
            "SELECT NEW br.com.atende.administration.application.DepartmentRow("
                + "d.id, c.name, d.name, d.active) FROM Department d JOIN d.company c",
            " ORDER BY c.name, d.name, d.id",
            filter,
            DepartmentRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(String filter) {
    return filtered("SELECT COUNT(d) FROM Department d JOIN d.company c", "", filter, Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String select, String order, String filter, Class<T> type) {
    boolean any = filter != null && !filter.isBlank();
    TypedQuery<T> query =
        em.createQuery(
            select + (any ? " WHERE LOWER(d.name) LIKE :f OR LOWER(c.name) LIKE :f" : "") + order,
            type);
    if (any) {
      query.setParameter("f", "%" + likeEscaped(filter.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    return query;
  }

  static String likeEscaped(String text) {
    // Without an ESCAPE clause the wildcards cannot be quoted portably: they are dropped instead.
    return text.replace("%", "").replace("_", "");
  }

  public List<Choice> companies() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(c.id, c.name) FROM Company c"
                + " WHERE c.active = :active ORDER BY c.name",
            Choice.class)
        .setParameter("active", true)
        .getResultList();
  }

  public long create(DepartmentForm form) {
    requireValid(validator, form);
    Company company = em.find(Company.class, form.companyId());
    if (company == null) {
      throw new InvalidInputException("companyId", "error.required");
    }
    if (!company.isActive()) {
      throw new InvalidInputException("companyId", "error.catalogue.ownerInactive");
    }
    String name = form.name().strip();
    refuseTaken(company, name, null);
    Department department = new Department(company, name);
    em.persist(department);
    em.flush();
    log.record(caller(), Kind.DEPARTMENT, department.getId(), Action.CREATED, describe(department));
    return department.getId();
  }

  public void rename(long departmentId, String newName) {
    Department department = find(departmentId);
    if (newName == null || newName.isBlank()) {
      throw new InvalidInputException("name", "error.required");
    }
    String name = newName.strip();
    if (name.length() > 120) {
      throw new InvalidInputException("name", "error.tooLong");
    }
    refuseTaken(department.getCompany(), name, department.getId());
    String before = department.getName();
    department.rename(name);
    log.record(caller(), Kind.DEPARTMENT, departmentId, Action.CHANGED, before + " -> " + name);
  }

  /**
   * Deletes the department if nothing refers to it, else deactivates it: it stays on its cases and
   * agents and in the history, and is offered for nothing new.
   */
  public Removal remove(long departmentId) {
    String name = find(departmentId).getName();
    em.clear();
    if (trial.delete(Department.class, departmentId)) {
      log.record(caller(), Kind.DEPARTMENT, departmentId, Action.DELETED, name);
      return Removal.DELETED;
    }
    Department department = find(departmentId);
    if (department.isActive()) {
      department.deactivate();
      log.record(caller(), Kind.DEPARTMENT, departmentId, Action.DEACTIVATED, name);
    }
    return Removal.DEACTIVATED;
  }

  public void reactivate(long departmentId) {
    Department department = find(departmentId);
    if (!department.isActive()) {
      department.reactivate();
      log.record(caller(), Kind.DEPARTMENT, departmentId, Action.REACTIVATED, department.getName());
    }
  }

  private void refuseTaken(Company company, String name, Long exceptId) {
    boolean taken =
        !em.createQuery(
                "SELECT d.id FROM Department d WHERE d.company = :company"
                    + " AND LOWER(d.name) = :name",
                Long.class)
            .setParameter("company", company)
            .setParameter("name", name.toLowerCase(Locale.ROOT))
            .getResultStream()
            .filter(id -> !id.equals(exceptId))
            .toList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException("name", "error.department.taken");
    }
  }

  private Department find(long departmentId) {
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw new NotFoundException();
    }
    return department;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private static String describe(Department department) {
    return department.getCompany().getName() + " / " + department.getName();
  }
}
