package br.com.atende.administration.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.catalog.model.Classification;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CatalogueEntry;
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
 * Administrators create, change, remove and reactivate the catalogue's entries of every kind
 * (companies, agent groups, profiles, case types, classifications, categories, products, modules)
 * with one set of rules: a name is required and unique, ignoring case, within what the entry
 * belongs to; removing deletes an entry nothing refers to and deactivates any other, which then
 * leaves the pickers but stays on the cases and agents that name it; every change is logged.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CatalogueAdministration {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private AdminLog log;

  @Inject private TrialDeletion trial;

  @Resource private SessionContext context;

  /** The entries whose name, or whose owner's name, contains the filter; by owner and name. */
  public List<CatalogueRow> page(CatalogueKind kind, String filter, PageRequest page) {
    String select =
        "SELECT x.id, x.name, x.active"
            + (kind.hasOwner() ? ", o.name" : "")
            + (kind.ownerHasCompany() ? ", c.name" : "")
            + (kind.detail == null ? "" : ", " + kind.detail);
    String order =
        " ORDER BY "
            + (kind.ownerHasCompany() ? "c.name, " : "")
            + (kind.hasOwner() ? "o.name, " : "")
            + "x.name, x.id";
    return filtered(kind, select, order, filter, Object[].class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultStream()
        .map(row -> row(kind, row))
        .toList();
  }

  public long count(CatalogueKind kind, String filter) {
    return filtered(kind, "SELECT COUNT(x)", "", filter, Long.class).getSingleResult();
  }

  private static CatalogueRow row(CatalogueKind kind, Object[] row) {
    int next = 3;
    String owner = kind.hasOwner() ? (String) row[next++] : null;
    if (kind.ownerHasCompany()) {
      owner = row[next++] + " / " + owner;
    }
    Object detail = kind.detail == null ? null : row[next];
    return new CatalogueRow(
        (Long) row[0],
        owner,
        (String) row[1],
        detail == null ? null : detail.toString(),
        (Boolean) row[2]);
  }

  private <T> TypedQuery<T> filtered(
      CatalogueKind kind, String select, String order, String filter, Class<T> type) {
    boolean any = filter != null && !filter.isBlank();
    TypedQuery<T> query =
        em.createQuery(
            select
                + " FROM "
                + kind.type.getSimpleName()
                + " x"
                + (kind.hasOwner() ? " JOIN x." + kind.owner + " o" : "")
                + (kind.ownerHasCompany() ? " JOIN o.company c" : "")
                + (any
                    ? " WHERE LOWER(x.name) LIKE :f"
                        + (kind.hasOwner() ? " OR LOWER(o.name) LIKE :f" : "")
                    : "")
                + order,
            type);
    if (any) {
      query.setParameter(
          "f",
          "%"
              + DepartmentAdministration.likeEscaped(filter.strip().toLowerCase(Locale.ROOT))
              + "%");
    }
    return query;
  }

  /**
   * The active records a new entry of the kind may belong to, with their company's name where that
   * is not the owner (names joined here: see AgentAdministration.departments).
   */
  public List<Choice> owners(CatalogueKind kind) {
    if (!kind.hasOwner()) {
      return List.of();
    }
    boolean withCompany = kind.ownerHasCompany();
    return em.createQuery(
            "SELECT o.id, o.name"
                + (withCompany ? ", c.name" : "")
                + " FROM "
                + kind.ownerType.getSimpleName()
                + " o"
                + (withCompany ? " JOIN o.company c" : "")
                + " WHERE o.active = :active ORDER BY "
                + (withCompany ? "c.name, " : "")
                + "o.name, o.id",
            Object[].class)
        .setParameter("active", true)
        .getResultStream()
        .map(
            row ->
                new Choice((Long) row[0], withCompany ? row[2] + " / " + row[1] : (String) row[1]))
        .toList();
  }

  /** The entry as the form shows it for a change. */
  public CatalogueEntryForm form(CatalogueKind kind, long id) {
    CatalogueEntry entry = find(kind, id);
    return new CatalogueEntryForm(
        null,
        entry.getName(),
        entry instanceof Company company ? company.getCode() : null,
        entry instanceof Classification classification ? classification.getAccessLevel() : null,
        entry instanceof Profile profile ? profile.getPermissions() : null);
  }

  public long create(CatalogueKind kind, CatalogueEntryForm form) {
    validate(kind, form);
    CatalogueEntry owner = null;
    if (kind.hasOwner()) {
      owner = form.ownerId() == null ? null : em.find(kind.ownerType, form.ownerId());
      if (owner == null) {
        throw new InvalidInputException(kind.ownerField(), "error.required");
      }
      // Nothing new goes into a deactivated company, department, case type or product.
      if (!owner.isActive()) {
        throw new InvalidInputException(kind.ownerField(), "error.catalogue.ownerInactive");
      }
    }
    if (kind == CatalogueKind.COMPANY) {
      refuseTakenCode(form);
    }
    Object scope = owner == null ? null : kind.scopeOf(owner);
    refuseTaken(kind, scope, form.name().strip(), null);
    CatalogueEntry entry = kind.create(owner, form);
    em.persist(entry);
    em.flush();
    log.record(caller(), kind.logKind(), entry.getId(), Action.CREATED, kind.describe(entry));
    return entry.getId();
  }

  public void change(CatalogueKind kind, long id, CatalogueEntryForm form) {
    validate(kind, form);
    CatalogueEntry entry = find(kind, id);
    refuseTaken(kind, scopeOfEntry(kind, entry), form.name().strip(), entry.getId());
    String before = kind.describe(entry);
    kind.change(entry, form);
    log.record(
        caller(), kind.logKind(), id, Action.CHANGED, before + " -> " + kind.describe(entry));
  }

  /**
   * Deletes the entry if nothing refers to it, else deactivates it: it stays on its cases and
   * agents and in the history, and is offered for nothing new.
   */
  public Removal remove(CatalogueKind kind, long id) {
    CatalogueEntry entry = find(kind, id);
    String described = kind.describe(entry);
    if (!kind.inUse(entry)) {
      em.clear();
      if (trial.delete(kind.type, id)) {
        log.record(caller(), kind.logKind(), id, Action.DELETED, described);
        return Removal.DELETED;
      }
      entry = find(kind, id);
    }
    if (entry.isActive()) {
      entry.deactivate();
      log.record(caller(), kind.logKind(), id, Action.DEACTIVATED, described);
    }
    return Removal.DEACTIVATED;
  }

  public void reactivate(CatalogueKind kind, long id) {
    CatalogueEntry entry = find(kind, id);
    if (!entry.isActive()) {
      entry.reactivate();
      log.record(caller(), kind.logKind(), id, Action.REACTIVATED, kind.describe(entry));
    }
  }

  private void validate(CatalogueKind kind, CatalogueEntryForm form) {
    requireValid(validator, form);
    if (form.name().strip().length() > kind.nameLength) {
      throw new InvalidInputException("name", "error.tooLong");
    }
    if (kind == CatalogueKind.COMPANY && (form.code() == null || form.code().isBlank())) {
      throw new InvalidInputException("code", "error.required");
    }
  }

  /** Refuses a name another entry of the same scope has, whatever the case of its letters. */
  private void refuseTaken(CatalogueKind kind, Object scope, String name, Long exceptId) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT x.id FROM "
                + kind.type.getSimpleName()
                + " x WHERE LOWER(x.name) = :name"
                + (kind.scope == null ? "" : " AND x." + kind.scope + " = :scope"),
            Long.class);
    query.setParameter("name", name.toLowerCase(Locale.ROOT));
    if (kind.scope != null) {
      query.setParameter("scope", scope);
    }
    if (query.getResultStream().anyMatch(id -> !id.equals(exceptId))) {
      throw new InvalidInputException("name", "error.catalogue.taken");
    }
  }

  private void refuseTakenCode(CatalogueEntryForm form) {
    if (!em.createQuery("SELECT c.id FROM Company c WHERE LOWER(c.code) = :code", Long.class)
        .setParameter("code", form.code().strip().toLowerCase(Locale.ROOT))
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("code", "error.catalogue.codeTaken");
    }
  }

  /** The record an existing entry's name is unique within (its company, case type, product …). */
  private Object scopeOfEntry(CatalogueKind kind, CatalogueEntry entry) {
    if (kind.scope == null) {
      return null;
    }
    return em.createQuery(
            "SELECT x." + kind.scope + " FROM " + kind.type.getSimpleName() + " x WHERE x.id = :id",
            Object.class)
        .setParameter("id", entry.getId())
        .getSingleResult();
  }

  private CatalogueEntry find(CatalogueKind kind, long id) {
    CatalogueEntry entry = em.find(kind.type, id);
    if (entry == null) {
      throw new NotFoundException();
    }
    return entry;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
