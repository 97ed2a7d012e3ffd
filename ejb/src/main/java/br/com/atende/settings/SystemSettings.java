package br.com.atende.settings;

import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
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

  /**
   * Issue 15: minutes without a page after which an agent who chose "available" reads as away (seed
   * 003, "Alterar Status do Atendente").
   */
  public static final String IDLE_MINUTES = "agents.idleMinutes";

  public static final int DEFAULT_IDLE_MINUTES = 15;

  /** A working day: an agent idle longer is away whatever the setting says. */
  public static final int MAX_IDLE_MINUTES = 480;

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

  public int idleMinutes() {
    SystemSetting setting = em.find(SystemSetting.class, IDLE_MINUTES);
    if (setting == null) {
      return DEFAULT_IDLE_MINUTES;
    }
    try {
      return Integer.parseInt(setting.getValue());
    } catch (NumberFormatException e) {
      return DEFAULT_IDLE_MINUTES;
    }
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void changeIdleMinutes(Integer minutes) {
    if (minutes == null || minutes < 1 || minutes > MAX_IDLE_MINUTES) {
      throw new InvalidInputException("idleMinutes", "error.settings.idleMinutes");
    }
    SystemSetting setting = em.find(SystemSetting.class, IDLE_MINUTES);
    if (setting == null) {
      em.persist(new SystemSetting(IDLE_MINUTES, String.valueOf(minutes)));
    } else {
      setting.change(String.valueOf(minutes));
    }
  }
}
