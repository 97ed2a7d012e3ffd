package br.com.atende.setup;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseNumber;
import br.com.atende.cases.model.ContactChannel;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.faq.model.FaqEntry;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.Representative;
import br.com.atende.timekeeping.model.Contract;
import br.com.atende.timekeeping.model.DeskSettings;
import br.com.atende.timekeeping.model.EntryMode;
import br.com.atende.timekeeping.model.EntryTemplate;
import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.Pricing;
import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.workflow.model.StandardField;
import br.com.atende.workflow.model.StepTarget;
import br.com.atende.workflow.model.WorkflowStep;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fills an empty database with a small demo company (documented in the README): agents of each
 * role, parties of every kind with contacts, and a few cases, all its logins with the password
 * {@value #DEMO_PASSWORD}. Runs once, on the first start, and only where asked for:
 * ATENDE_DEMO_DATA=true (or the system property atende.demo-data=true), which run.sh, the test
 * servers and the benchmarks set. Without it a new database gets no login with a known password:
 * its first administrator comes from {@link FirstAdministrator}.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  /** The password of every demo login. */
  public static final String DEMO_PASSWORD = "atende";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

  @PostConstruct
  void seedOnFirstStart() {
    if (!enabled()
        || em.createQuery("SELECT COUNT(c) FROM Company c", Long.class).getSingleResult() > 0) {
      return;
    }
    Company acme = persist(new Company("ACME", "ACME Indústria e Comércio"));
    Department support = persist(new Department(acme, "Suporte"));
    Department billing = persist(new Department(acme, "Financeiro"));
    Company services = persist(new Company("ACMESERV", "ACME Serviços"));
    Department field = persist(new Department(services, "Atendimento em campo"));

    Profile basic =
        persist(
            new Profile("Atendente", EnumSet.of(Permission.CONTACT_EDIT, Permission.CASE_FORWARD)));
    Profile senior =
        persist(
            new Profile(
                "Atendente pleno",
                EnumSet.of(
                    Permission.CONTACT_EDIT,
                    Permission.CONTACT_DELETE,
                    Permission.LINK_PARTY_TO_CASE,
                    Permission.CASE_FORWARD)));
    Profile lead = persist(new Profile("Supervisão", EnumSet.allOf(Permission.class)));

    Agent ana = agent(support, "ana", "Ana Souza", 1, EnumSet.of(Role.AGENT)).withProfile(senior);
    Agent bruno =
        agent(support, "bruno", "Bruno Lima", 0, EnumSet.of(Role.AGENT)).withProfile(basic);
    Agent carla =
        agent(support, "carla", "Carla Mendes", 3, EnumSet.of(Role.AGENT, Role.SUPERVISOR))
            .withProfile(lead);
    Agent diego =
        agent(billing, "diego", "Diego Rocha", 1, EnumSet.of(Role.AGENT)).withProfile(basic);
    Agent elisa =
        agent(field, "elisa", "Elisa Campos", 1, EnumSet.of(Role.AGENT))
            .withProfile(senior)
            .readingIn("en");
    agent(support, "admin", "Administrador", 0, EnumSet.of(Role.ADMIN));

    CaseType incident = catalog(acme, services);
    Representative vendas =
        persist(
            new Representative(
                "Vendas Sul Representações", "contato@vendassul.example", "+55 51 3000-2000"));
    persist(
        Contact.ofRepresentative(
                vendas, "Otávio Ramos", "otavio@vendassul.example", "+55 51 3000-2001")
            .lookedAfterBy(ana));
    persist(
        Contact.ofRepresentative(vendas, "Lúcia Prado", "lucia@vendassul.example", null)
            .lookedAfterBy(bruno));

    Party metal =
        persist(
            new Party(
                PartyKind.CUSTOMER_SUPPLIER,
                "Metalúrgica Horizonte Ltda",
                "11222333000181",
                "+55 31 3333-1000",
                "contato@horizonte.example"));
    Party prospect =
        persist(
            new Party(
                PartyKind.PROSPECT_SUSPECT,
                "Transportes Rápido Sul SA",
                "45723174000110",
                "+55 51 3222-4000",
                "comercial@rapidosul.example"));
    Party maria =
        persist(
            new Party(
                PartyKind.PERSON,
                "Maria Oliveira",
                "52998224725",
                "+55 11 98888-1234",
                "maria@pessoa.example"));
    Party student =
        persist(
            new Party(
                PartyKind.STUDENT,
                "João Pereira",
                "11144477735",
                "+55 21 97777-4321",
                "joao@aluno.example"));
    Party teacher =
        persist(
            new Party(
                    PartyKind.TEACHER,
                    "Helen Carter",
                    "39053344705",
                    "+55 41 96666-2468",
                    "helen@docente.example")
                .speaking("en"));

    persist(
        new Party(
                PartyKind.CUSTOMER_SUPPLIER,
                "Aços Fornecedora Nacional Ltda",
                "60746948000112",
                "+55 11 3555-7000",
                "vendas@acosfornecedora.example")
            .asSupplier());

    Contact paulo =
        persist(
            new Contact(metal, "Paulo Santos", "paulo@horizonte.example", "+55 31 3333-1010")
                .lookedAfterBy(ana));
    persist(
        new Contact(metal, "Renata Alves", "renata@horizonte.example", "+55 31 3333-1020")
            .lookedAfterBy(bruno));
    persist(
        new Contact(metal, "Fábio Nunes", "fabio@horizonte.example", null).importedAs("ERP-10442"));
    persist(new Contact(prospect, "Sérgio Dias", "sergio@rapidosul.example", null));

    LocalDateTime now = LocalDateTime.now(clock);
    demoCase(
        incident,
        1,
        ana,
        metal,
        paulo,
        "Nota fiscal não transmitida",
        "Desde ontem a nota fiscal eletrônica"
            + " não é transmitida para a SEFAZ; o sistema mostra rejeição 539.",
        Priority.URGENT,
        0,
        now.minusHours(5),
        now.plusHours(4),
        ana);
    demoCase(
        incident,
        2,
        bruno,
        maria,
        null,
        "Segunda via de boleto",
        "A cliente pede a segunda via do boleto de outubro.",
        Priority.NORMAL,
        0,
        now.minusHours(3),
        now.plusDays(1),
        null);
    demoCase(
        incident,
        3,
        ana,
        student,
        null,
        "Acesso ao portal do aluno",
        "O aluno não consegue entrar no portal desde a" + " troca de senha.",
        Priority.HIGH,
        0,
        now.minusHours(2),
        now.minusHours(1),
        null);
    demoCase(
        incident,
        4,
        bruno,
        teacher,
        null,
        "Grade de horários",
        "The teacher asks for the new timetable in English.",
        Priority.LOW,
        0,
        now.minusHours(1),
        null,
        null);
    demoCase(
        incident,
        5,
        ana,
        metal,
        paulo,
        "Reajuste contratual (confidencial)",
        "Negociação de reajuste do contrato de" + " manutenção; restrito à supervisão.",
        Priority.NORMAL,
        2,
        now.minusMinutes(30),
        null,
        null);
    // Agent groups (SPEC C5): a case forwarded to a group queues for every member, of any company.
    AgentGroup fiscal =
        persist(new AgentGroup(support, "Fiscal e faturamento").with(ana).with(diego).with(carla));
    AgentGroup visits =
        persist(new AgentGroup(support, "Visitas técnicas").with(bruno).with(elisa));
    complaintWorkflow(acme, fiscal);
    fieldTime(field, visits, metal, now.toLocalDate());

    demoFaq(ana, now);
    em.createNativeQuery(
            "INSERT INTO case_number_counter (company_id, case_year, last_value) VALUES (?1, ?2, 5)")
        .setParameter(1, acme.getId())
        .setParameter(2, now.getYear())
        .executeUpdate();
    customFields(acme);
    LOG.info(
        "Demo data created: companies ACME and ACME Serviços, logins ana, bruno, carla, diego,"
            + " elisa, admin");
  }

  /**
   * Time entries (SPEC C9, seed 000) on the field desk: valued, and required before a case is
   * concluded; Metalúrgica Horizonte has a maintenance contract, and the technical visits group an
   * entry template for its usual visit.
   */
  private void fieldTime(Department field, AgentGroup visits, Party metal, LocalDate today) {
    persist(new DeskSettings(field.getId(), EntryMode.WITH_VALUATION, true));
    persist(
        new Contract(
            metal,
            "Manutenção mensal",
            new Pricing(
                RateBasis.HOURLY,
                new BigDecimal("150.00"),
                TravelBasis.PER_KM,
                new BigDecimal("1.80")),
            today.minusYears(1).withDayOfMonth(1),
            null));
    persist(
        new EntryTemplate(
            visits,
            "Visita preventiva",
            Nature.EXTERNAL,
            "Visita técnica preventiva: inspeção, limpeza e teste do equipamento no local."));
  }

  /**
   * Custom fields (SPEC C7) on ACME's "Reclamação" type: a date and a single choice, so that a
   * complaint's page shows the "Custom fields" tab and the queue may filter by them.
   */
  private void customFields(Company acme) {
    CaseType complaint =
        em.createQuery(
                "SELECT t FROM CaseType t WHERE t.company = :company AND t.name = 'Reclamação'",
                CaseType.class)
            .setParameter("company", acme)
            .getSingleResult();
    CustomField bought = persist(new CustomField(complaint, "Data da compra", FieldType.DATE, 1));
    bought.define(
        "Data da compra", FieldType.DATE, "Como consta na nota fiscal.", 1, false, null, true);
    CustomField channel =
        persist(new CustomField(complaint, "Canal de compra", FieldType.SINGLE_CHOICE, 2));
    channel.define("Canal de compra", FieldType.SINGLE_CHOICE, null, 2, true, null, true);
    persist(channel.addOption("Loja física", 1));
    persist(channel.addOption("Site", 2));
    persist(channel.addOption("Televendas", 3));
  }

  /**
   * FAQ (SPEC C8): approved entries of both companies, reviewed by the supervisor Carla (ACME) and
   * by Elisa (ACME Serviços), and Ana's request waiting in Carla's review queue.
   */
  private void demoFaq(Agent ana, LocalDateTime now) {
    Agent carla =
        em.createQuery("SELECT a FROM Agent a WHERE a.login = 'carla'", Agent.class)
            .getSingleResult();
    Agent elisa =
        em.createQuery("SELECT a FROM Agent a WHERE a.login = 'elisa'", Agent.class)
            .getSingleResult();
    persist(
        FaqEntry.approved(
            carla,
            "Como emitir a segunda via do boleto?",
            "<p>No Portal do Cliente, menu <strong>Boletos</strong>, escolha o mês e clique em"
                + " <em>Segunda via</em>.</p>",
            now.minusDays(10)));
    persist(
        FaqEntry.approved(
            carla,
            "Solução para etiqueta borrada na impressão",
            "<p>Limpe a cabeça de impressão e reduza a temperatura para 25.</p>",
            now.minusDays(9)));
    persist(
        FaqEntry.approved(
            carla,
            "Senha do portal do aluno não funciona após a troca",
            "<p>Peça ao aluno que limpe o cache do navegador e use <em>Esqueci a senha</em>.</p>",
            now.minusDays(8)));
    persist(
        FaqEntry.requested(
            ana,
            null,
            "Como pedir a grade de horários em inglês?",
            "<p>Envie o pedido à secretaria com o código do curso.</p>",
            now.minusDays(1)));
    persist(
        FaqEntry.approved(
            elisa,
            "Solução para visita técnica remarcada",
            "<p>Remarque pelo contrato de manutenção.</p>",
            now.minusDays(5)));
  }

  /**
   * A workflow (SPEC C5) for ACME's complaints: triage stays with the holder and needs the client's
   * contact; the fiscal group analyses it once a category is set; the answer goes back to the
   * opener, and the quality team is told by email.
   */
  private void complaintWorkflow(Company acme, AgentGroup fiscal) {
    CaseType complaint =
        em.createQuery(
                "SELECT t FROM CaseType t WHERE t.company = :company AND t.name = 'Reclamação'",
                CaseType.class)
            .setParameter("company", acme)
            .getSingleResult();
    WorkflowStep triage = persist(new WorkflowStep(complaint, 1, "Triagem"));
    triage.define(
        1,
        "Triagem",
        StepTarget.HOLDER,
        null,
        null,
        EnumSet.of(StandardField.CONTACT),
        List.of(),
        true);
    WorkflowStep analysis = persist(new WorkflowStep(complaint, 2, "Análise fiscal"));
    analysis.define(
        2,
        "Análise fiscal",
        StepTarget.GROUP,
        fiscal,
        null,
        EnumSet.of(StandardField.CATEGORY),
        List.of(),
        true);
    WorkflowStep answer = persist(new WorkflowStep(complaint, 3, "Resposta ao cliente"));
    answer.define(
        3,
        "Resposta ao cliente",
        StepTarget.OPENER,
        null,
        null,
        EnumSet.noneOf(StandardField.class),
        List.of("qualidade@acme.example"),
        true);
  }

  private void demoCase(
      CaseType caseType,
      int sequence,
      Agent opener,
      Party party,
      Contact contact,
      String subject,
      String request,
      Priority priority,
      int accessLevel,
      LocalDateTime openedAt,
      LocalDateTime dueDate,
      Agent holder) {
    persist(
        new Case(
                new CaseNumber(openedAt.getYear(), sequence),
                opener,
                opener.getDepartment(),
                party,
                contact,
                subject,
                request,
                priority,
                accessLevel,
                openedAt,
                dueDate,
                holder)
            .reachedThrough(em.find(ContactChannel.class, "PHONE"), ContactOrigin.CLIENT)
            .classifiedAs(caseType, null, null, null, null));
  }

  /**
   * Case types, classifications, categories, products and modules of both companies; returns ACME's
   * "Incidente", the type of the demo cases.
   */
  private CaseType catalog(Company acme, Company services) {
    CaseType incident = persist(new CaseType(acme, "Incidente"));
    persist(new Classification(incident, "Falha de sistema", null));
    persist(new Classification(incident, "Fiscal", null));
    persist(new Classification(incident, "Contratual (restrito)", 2));
    CaseType request = persist(new CaseType(acme, "Solicitação de serviço"));
    persist(new Classification(request, "Segunda via", null));
    persist(new Classification(request, "Cadastro", null));
    persist(new CaseType(acme, "Reclamação"));
    persist(new CaseCategory(acme, "Comercial"));
    persist(new CaseCategory(acme, "Financeiro"));
    persist(new CaseCategory(acme, "Técnico"));
    Product erp = persist(new Product(acme, "ERP Horizonte"));
    persist(new ProductModule(erp, "Faturamento"));
    persist(new ProductModule(erp, "Fiscal"));
    persist(new ProductModule(erp, "Estoque"));
    Product portal = persist(new Product(acme, "Portal do Cliente"));
    persist(new ProductModule(portal, "Acesso"));
    persist(new ProductModule(portal, "Boletos"));
    CaseType visit = persist(new CaseType(services, "Visita técnica"));
    persist(new Classification(visit, "Preventiva", null));
    persist(new Classification(visit, "Corretiva", null));
    persist(new CaseCategory(services, "Manutenção"));
    persist(new Product(services, "Contrato de manutenção"));
    return incident;
  }

  private Agent agent(
      Department department, String login, String name, int clearance, Set<Role> roles) {
    return persist(
        new Agent(
                department,
                login,
                name,
                login + "@acme.example",
                hasher.hash(DEMO_PASSWORD.toCharArray()),
                clearance,
                roles)
            .withPasswordChosenAt(LocalDateTime.now(clock)));
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  static boolean enabled() {
    String setting = System.getProperty("atende.demo-data", System.getenv("ATENDE_DEMO_DATA"));
    return Boolean.parseBoolean(setting);
  }
}
