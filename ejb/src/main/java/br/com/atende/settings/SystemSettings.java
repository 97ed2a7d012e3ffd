package br.com.atende.settings;

import br.com.atende.organization.model.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The system settings the rules read, and the administrator's way to change them. */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class SystemSettings {

  /** SPEC C1: "do not allow cases for suppliers". */
  public static final String FORBID_SUPPLIERS = "cases.forbidSuppliers";

  @PersistenceContext private EntityManager em;

  /**
   * Whether parties flagged as suppliers are kept out of the lookup and may not have cases opened
   * for them.
   */
  public boolean forbidsCasesForSuppliers() {
    SystemSetting setting = em.find(SystemSetting.class, FORBID_SUPPLIERS);
    return setting != null && Boolean.parseBoolean(setting.getValue());
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void forbidCasesForSuppliers(boolean forbid) {
    SystemSetting setting = em.find(SystemSetting.class, FORBID_SUPPLIERS);
    if (setting == null) {
      em.persist(new SystemSetting(FORBID_SUPPLIERS, String.valueOf(forbid)));
    } else {
      setting.change(String.valueOf(forbid));
    }
  }
}
