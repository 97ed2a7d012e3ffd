package br.com.atende.catalog.application;

import br.com.atende.organization.model.Role;
import br.com.atende.shared.Choice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The choices of the opening form and of the case page (SPEC C1): the group's companies, and per
 * company its departments, case types, categories and products; per case type its classifications;
 * per product its modules. Only active entries are offered.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CatalogService {

  private static final String CHOICE = "SELECT NEW br.com.atende.shared.Choice(x.id, x.name)";

  @PersistenceContext private EntityManager em;

  /** Every active company of the group: a case may be opened for any of them. */
  public List<Choice> companies() {
    return em.createQuery(
            CHOICE + " FROM Company x WHERE x.active = :active ORDER BY x.name", Choice.class)
        .setParameter("active", true)
        .getResultList();
  }

  public List<Choice> departments(long companyId) {
    return ofOwner("Department x WHERE x.company.id", companyId);
  }

  public List<Choice> caseTypes(long companyId) {
    return ofOwner("CaseType x WHERE x.active = TRUE AND x.company.id", companyId);
  }

  public List<Choice> classifications(long caseTypeId) {
    return ofOwner("Classification x WHERE x.active = TRUE AND x.caseType.id", caseTypeId);
  }

  public List<Choice> categories(long companyId) {
    return ofOwner("CaseCategory x WHERE x.active = TRUE AND x.company.id", companyId);
  }

  public List<Choice> products(long companyId) {
    return ofOwner("Product x WHERE x.active = TRUE AND x.company.id", companyId);
  }

  public List<Choice> modules(long productId) {
    return ofOwner("ProductModule x WHERE x.active = TRUE AND x.product.id", productId);
  }

  /**
   * Whether the "Custom fields" tab applies to cases of this type: at least one active field is
   * defined for it (SPEC C2, C7).
   */
  public boolean hasActiveCustomFields(long caseTypeId) {
    return !em.createNativeQuery(
            "SELECT id FROM custom_field WHERE case_type_id = ?1 AND active = TRUE")
        .setParameter(1, caseTypeId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private List<Choice> ofOwner(String fromWhereOwner, long ownerId) {
    return em.createQuery(
            CHOICE + " FROM " + fromWhereOwner + " = :owner ORDER BY x.name", Choice.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }
}
