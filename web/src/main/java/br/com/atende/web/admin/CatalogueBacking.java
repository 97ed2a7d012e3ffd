package br.com.atende.web.admin;

import br.com.atende.administration.application.CatalogueAdministration;
import br.com.atende.administration.application.CatalogueEntryForm;
import br.com.atende.administration.application.CatalogueKind;
import br.com.atende.administration.application.CatalogueRow;
import br.com.atende.administration.application.Removal;
import br.com.atende.organization.model.Permission;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;

/**
 * The page of one catalogue kind (companies, agent groups, profiles, case types …; the kind's page
 * names it when it opens): its entries paged and filtered in the database, and the form that
 * creates one or changes one of the list. Each kind's page adds the fields only it has.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogueAdministration catalogue;

  private CatalogueKind kind;

  private List<Choice> owners = List.of();

  private String filter;

  private Long editingId;

  private Long ownerId;

  private String name;

  private String code;

  private Integer accessLevel;

  private Permission[] permissions = {};

  private final LazyDataModel<CatalogueRow> rows =
      new PagedModel<>(
          page -> catalogue.page(kind, filter, page),
          () -> catalogue.count(kind, filter),
          CatalogueRow::id);

  /**
   * The kind's page names its kind before every rendering; the first time, the owners are loaded
   * and offered from then on.
   */
  public void open(String kindName) {
    CatalogueKind named = CatalogueKind.valueOf(kindName);
    if (named != kind) {
      kind = named;
      owners = catalogue.owners(kind);
      clear();
    }
  }

  /** Fills the form with an entry of the list, to change it (its owner stays). */
  public void edit(long id) {
    try {
      CatalogueEntryForm form = catalogue.form(kind, id);
      editingId = id;
      name = form.name();
      code = form.code();
      accessLevel = form.accessLevel();
      permissions = form.permissions().toArray(Permission[]::new);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void save() {
    CatalogueEntryForm form =
        new CatalogueEntryForm(ownerId, name, code, accessLevel, Set.of(permissions));
    try {
      if (editingId == null) {
        catalogue.create(kind, form);
        Feedback.info("catalogue.created", name);
      } else {
        catalogue.change(kind, editingId, form);
        Feedback.info("catalogue.changed", name);
      }
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    editingId = null;
    ownerId = owners.size() == 1 ? owners.get(0).id() : null;
    name = null;
    code = null;
    accessLevel = null;
    permissions = new Permission[0];
  }

  public void remove(long id, String entryName) {
    try {
      Removal done = catalogue.remove(kind, id);
      Feedback.info("catalogue.removed." + done, entryName);
      if (Long.valueOf(id).equals(editingId)) {
        clear();
      }
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reactivate(long id, String entryName) {
    try {
      catalogue.reactivate(kind, id);
      Feedback.info("catalogue.reactivated", entryName);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<CatalogueRow> getRows() {
    return rows;
  }

  public List<Choice> getOwners() {
    return owners;
  }

  /** The label of the owner's field ("case.company" …), as error messages name it; null: none. */
  public String getOwnerLabel() {
    return kind == null || !kind.hasOwner() ? null : "case." + kind.ownerField().replace("Id", "");
  }

  public Permission[] getAllPermissions() {
    return Permission.values();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getAccessLevel() {
    return accessLevel;
  }

  public void setAccessLevel(Integer accessLevel) {
    this.accessLevel = accessLevel;
  }

  public Permission[] getPermissions() {
    return permissions.clone();
  }

  public void setPermissions(Permission[] permissions) {
    this.permissions = permissions == null ? new Permission[0] : permissions.clone();
  }
}
