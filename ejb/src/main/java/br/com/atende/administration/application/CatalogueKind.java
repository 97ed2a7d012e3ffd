package br.com.atende.administration.application;

import br.com.atende.administration.model.AdminLogEntry;
import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Profile;
import br.com.atende.shared.CatalogueEntry;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kinds of catalogue entry administrators keep (issue 15), each with only what sets it apart:
 * its entity, what it belongs to (its owner), within what its name is unique, the detail its list
 * shows, and how one is made and changed from the form. Paging, validation, uniqueness, removal and
 * the log are {@link CatalogueAdministration}'s, once for every kind.
 */
public enum CatalogueKind {
  /** The code is given once: case numbers and imports name the company by it. */
  COMPANY(Company.class, null, null, null, "x.code", 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new Company(form.code().strip(), form.name().strip());
    }

    @Override
    String describe(CatalogueEntry entry) {
      return ((Company) entry).getCode() + " " + entry.getName();
    }
  },

  /** Names are unique in the group's company, as the forwarding and opening forms list them. */
  AGENT_GROUP(AgentGroup.class, Department.class, "department", "company", null, 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new AgentGroup((Department) owner, form.name().strip());
    }

    @Override
    Object scopeOf(CatalogueEntry owner) {
      return ((Department) owner).getCompany();
    }

    /** A group with members is deactivated, not deleted: its members' queues refer to it. */
    @Override
    boolean inUse(CatalogueEntry entry) {
      return ((AgentGroup) entry).hasMembers();
    }
  },

  /**
   * Profiles grant case-handling permissions only: administering is the ADMIN role, which no
   * profile gives or takes, so no profile change can lock the last administrator out (the agents'
   * roles are guarded by AgentAdministration).
   */
  PROFILE(Profile.class, null, null, null, null, 80) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new Profile(form.name().strip(), form.permissions());
    }

    @Override
    void change(CatalogueEntry entry, CatalogueEntryForm form) {
      super.change(entry, form);
      ((Profile) entry).grantOnly(form.permissions());
    }

    @Override
    String describe(CatalogueEntry entry) {
      return entry.getName() + "; permissions=" + new TreeSet<>(((Profile) entry).getPermissions());
    }
  },

  CASE_TYPE(CaseType.class, Company.class, "company", "company", null, 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new CaseType((Company) owner, form.name().strip());
    }
  },

  /** A classification with a level sets the level of the cases classified by it (SPEC C4). */
  CLASSIFICATION(
      Classification.class, CaseType.class, "caseType", "caseType", "x.accessLevel", 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new Classification((CaseType) owner, form.name().strip(), form.accessLevel());
    }

    @Override
    void change(CatalogueEntry entry, CatalogueEntryForm form) {
      super.change(entry, form);
      ((Classification) entry).changeAccessLevel(form.accessLevel());
    }

    @Override
    String describe(CatalogueEntry entry) {
      Integer level = ((Classification) entry).getAccessLevel();
      return super.describe(entry) + (level == null ? "" : "; level=" + level);
    }
  },

  CASE_CATEGORY(CaseCategory.class, Company.class, "company", "company", null, 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new CaseCategory((Company) owner, form.name().strip());
    }
  },

  PRODUCT(Product.class, Company.class, "company", "company", null, 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new Product((Company) owner, form.name().strip());
    }
  },

  PRODUCT_MODULE(ProductModule.class, Product.class, "product", "product", null, 120) {
    @Override
    CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form) {
      return new ProductModule((Product) owner, form.name().strip());
    }
  };

  /** The owners whose entries the list shows with their company's name before their own. */
  private static final Set<Class<?>> OWNED_BY_A_COMPANY =
      Set.of(Department.class, CaseType.class, Product.class);

  final Class<? extends CatalogueEntry> type;

  /** The entity the entry belongs to, or null for an entry of the whole group. */
  final Class<? extends CatalogueEntry> ownerType;

  /** The entry's attribute naming its owner. */
  final String owner;

  /** The attribute within which names are unique (case-insensitive); null: the whole group. */
  final String scope;

  /** A JPQL expression over the entry {@code x} the list shows beside the name, or null. */
  final String detail;

  final int nameLength;

  CatalogueKind(
      Class<? extends CatalogueEntry> type,
      Class<? extends CatalogueEntry> ownerType,
      String owner,
      String scope,
      String detail,
      int nameLength) {
    this.type = type;
    this.ownerType = ownerType;
    this.owner = owner;
    this.scope = scope;
    this.detail = detail;
    this.nameLength = nameLength;
  }

  abstract CatalogueEntry create(CatalogueEntry owner, CatalogueEntryForm form);

  /** Changes what the form changes; the owner and a company's code stay as created. */
  void change(CatalogueEntry entry, CatalogueEntryForm form) {
    entry.rename(form.name().strip());
  }

  /** The record within which the entry's name must be unique, given its owner. */
  Object scopeOf(CatalogueEntry owner) {
    return owner;
  }

  /** Whether something the database cannot see as a reference keeps the entry from deletion. */
  boolean inUse(CatalogueEntry entry) {
    return false;
  }

  /** The entry as the admin log writes it. */
  String describe(CatalogueEntry entry) {
    return entry.getName();
  }

  /** The name of the owner's field on the form, as error messages name it ("companyId" …). */
  public String ownerField() {
    return ownerType == null
        ? null
        : Character.toLowerCase(ownerType.getSimpleName().charAt(0))
            + ownerType.getSimpleName().substring(1)
            + "Id";
  }

  public boolean hasOwner() {
    return ownerType != null;
  }

  boolean ownerHasCompany() {
    return ownerType != null && OWNED_BY_A_COMPANY.contains(ownerType);
  }

  AdminLogEntry.Kind logKind() {
    return AdminLogEntry.Kind.valueOf(name());
  }
}
