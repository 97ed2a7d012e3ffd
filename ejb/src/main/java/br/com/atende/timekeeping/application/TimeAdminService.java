package br.com.atende.timekeeping.application;

import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.model.Contract;
import br.com.atende.timekeeping.model.DeskSettings;
import br.com.atende.timekeeping.model.EntryTemplate;
import br.com.atende.timekeeping.model.Pricing;
import br.com.atende.timekeeping.model.StandaloneService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The administration of what values time entries (SPEC C9, §2 ADMIN): the parties' contracts, the
 * standalone services, each desk's entry settings, and the groups' entry templates. Lists are paged
 * in the database and counted up to {@link CappedCount#CAP}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TimeAdminService {

  private static final Map<String, String> CONTRACT_SORTS =
      Map.of(
          "party",
          "p.name",
          "name",
          "k.name",
          "validFrom",
          "k.validFrom",
          "rate",
          "k.pricing.rate");

  private static final Map<String, String> SERVICE_SORTS =
      Map.of("party", "p.name", "name", "s.name", "rate", "s.pricing.rate");

  private static final Map<String, String> TEMPLATE_SORTS =
      Map.of("group", "g.name", "name", "t.name");

  private static final Map<String, String> DESK_SORTS =
      Map.of("company", "c.name", "department", "d.name");

  @PersistenceContext private EntityManager em;

  /** Active parties whose name starts with the text, for the contract and service forms. */
  public List<Choice> parties(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(p.id, p.name) FROM Party p"
                + " WHERE p.active = TRUE AND LOWER(p.name) LIKE :prefix ORDER BY p.name",
            Choice.class)
        .setParameter("prefix", text.strip().toLowerCase(java.util.Locale.ROOT) + "%")
        .setMaxResults(15)
        .getResultList();
  }

  public List<ContractRow> contracts(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.timekeeping.application.ContractRow(k.id, k.version, p.id,"
                + " p.name, k.name, k.pricing.rateBasis, k.pricing.rate, k.pricing.travelBasis,"
                + " k.pricing.travelRate, k.validFrom, k.validUntil)"
                + " FROM Contract k JOIN k.party p"
                + order(page, CONTRACT_SORTS, "p.name", "k.id"),
            ContractRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public CappedCount countContracts() {
    return CappedCount.count(em.createQuery("SELECT k.id FROM Contract k", Long.class));
  }

  /** Creates or changes a contract; returns its id. */
  public long saveContract(ContractRow row) {
    Pricing pricing = new Pricing(row.rateBasis(), row.rate(), row.travelBasis(), row.travelRate());
    if (row.id() == null) {
      if (row.partyId() == null) {
        throw new InvalidInputException("partyId", "error.required");
      }
      Party party = em.find(Party.class, row.partyId());
      if (party == null) {
        throw new InvalidInputException("partyId", "error.required");
      }
      Contract contract =
          new Contract(party, row.name(), pricing, row.validFrom(), row.validUntil());
      em.persist(contract);
      em.flush();
      return contract.getId();
    }
    Contract contract = em.find(Contract.class, row.id());
    if (contract == null) {
      throw new NotFoundException();
    }
    if (contract.getVersion() != row.version()) {
      throw new ConcurrentChangeException(null);
    }
    contract.change(row.name(), pricing, row.validFrom(), row.validUntil());
    return contract.getId();
  }

  public List<ServiceRow> services(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.timekeeping.application.ServiceRow(s.id, s.version, p.id,"
                + " p.name, s.name, s.pricing.rateBasis, s.pricing.rate, s.pricing.travelBasis,"
                + " s.pricing.travelRate, s.active)"
                + " FROM StandaloneService s LEFT JOIN s.party p"
                + order(page, SERVICE_SORTS, "s.name", "s.id"),
            ServiceRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public CappedCount countServices() {
    return CappedCount.count(em.createQuery("SELECT s.id FROM StandaloneService s", Long.class));
  }

  /** Creates or changes a standalone service; returns its id. */
  public long saveService(ServiceRow row) {
    Pricing pricing = new Pricing(row.rateBasis(), row.rate(), row.travelBasis(), row.travelRate());
    if (row.id() == null) {
      Party party = row.partyId() == null ? null : em.find(Party.class, row.partyId());
      StandaloneService service = new StandaloneService(party, row.name(), pricing);
      em.persist(service);
      em.flush();
      return service.getId();
    }
    StandaloneService service = em.find(StandaloneService.class, row.id());
    if (service == null) {
      throw new NotFoundException();
    }
    if (service.getVersion() != row.version()) {
      throw new ConcurrentChangeException(null);
    }
    service.change(row.name(), pricing, row.active());
    return service.getId();
  }

  /**
   * Active groups whose name starts with the text, named with their department (groups of two desks
   * may share a name), for the entry template form.
   */
  public List<Choice> groups(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(g.id, CONCAT(d.name, ' · ', g.name))"
                + " FROM AgentGroup g JOIN g.department d WHERE g.active = TRUE AND LOWER(g.name) LIKE :prefix ORDER BY g.name, g.id",
            Choice.class)
        .setParameter("prefix", text.strip().toLowerCase(java.util.Locale.ROOT) + "%")
        .setMaxResults(15)
        .getResultList();
  }

  public List<EntryTemplateRow> templates(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.timekeeping.application.EntryTemplateRow(t.id, t.version,"
                + " g.id, CONCAT(d.name, ' · ', g.name), t.name, t.nature, t.description)"
                + " FROM EntryTemplate t JOIN t.group g JOIN g.department d"
                + order(page, TEMPLATE_SORTS, "g.name", "t.name, t.id"),
            EntryTemplateRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public CappedCount countTemplates() {
    return CappedCount.count(em.createQuery("SELECT t.id FROM EntryTemplate t", Long.class));
  }

  /** Creates or changes an entry template; returns its id. */
  public long saveTemplate(EntryTemplateRow row) {
    AgentGroup group = row.groupId() == null ? null : em.find(AgentGroup.class, row.groupId());
    if (group == null) {
      throw new InvalidInputException("group", "error.required");
    }
    if (row.id() == null) {
      EntryTemplate template =
          new EntryTemplate(group, row.name(), row.nature(), row.description());
      em.persist(template);
      em.flush();
      return template.getId();
    }
    EntryTemplate template = changeable(row.id(), row.version());
    template.change(group, row.name(), row.nature(), row.description());
    return template.getId();
  }

  public void deleteTemplate(long id, long version) {
    em.remove(changeable(id, version));
  }

  private EntryTemplate changeable(long id, long version) {
    EntryTemplate template = em.find(EntryTemplate.class, id);
    if (template == null) {
      throw new NotFoundException();
    }
    if (template.getVersion() != version) {
      throw new ConcurrentChangeException(null);
    }
    return template;
  }

  /** The desks with their settings (the defaults where never set). */
  public List<DeskRow> desks(PageRequest page) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT d.id, c.name, d.name, s.mode, s.entryRequired FROM Department d"
                    + " JOIN d.company c LEFT JOIN DeskSettings s ON s.departmentId = d.id"
                    + order(page, DESK_SORTS, "c.name", "d.name, d.id"),
                Object[].class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DeskRow(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    r[3] == null
                        ? DeskSettings.DEFAULT_MODE
                        : (br.com.atende.timekeeping.model.EntryMode) r[3],
                    r[4] != null && (Boolean) r[4]))
        .toList();
  }

  public CappedCount countDesks() {
    return CappedCount.count(em.createQuery("SELECT d.id FROM Department d", Long.class));
  }

  public void saveDesk(DeskRow row) {
    if (em.find(Department.class, row.departmentId()) == null) {
      throw new NotFoundException();
    }
    DeskSettings settings = em.find(DeskSettings.class, row.departmentId());
    if (settings == null) {
      em.persist(new DeskSettings(row.departmentId(), row.mode(), row.entryRequired()));
    } else {
      settings.change(row.mode(), row.entryRequired());
    }
  }

  private static String order(
      PageRequest page, Map<String, String> sorts, String defaultColumn, String tieBreak) {
    String column = page.sortField() == null ? null : sorts.get(page.sortField());
    return column == null
        ? " ORDER BY " + defaultColumn + ", " + tieBreak
        : " ORDER BY " + column + (page.ascending() ? " ASC" : " DESC") + ", " + tieBreak;
  }
}
