package br.com.atende.setup;

import br.com.atende.shared.Database;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Fills the database with synthetic cases for load and benchmark runs (the generate-cases job), one
 * chunk per transaction, with one INSERT ... SELECT over a number series: a million cases take
 * minutes, not hours. The cases spread over the company's departments, the demo parties and agents,
 * all priorities and statuses, access levels 0 to 2 and the last 300 days; their numbers come from
 * the company's counter like any other case.
 */
@Stateless
@PermitAll
public class CaseGenerator {

  /** Subjects the generated cases draw from, so that searches find realistic numbers of matches. */
  static final List<String> SUBJECTS =
      List.of(
          "Nota fiscal rejeitada pela SEFAZ",
          "Boleto não chegou",
          "Segunda via de contrato",
          "Impressora não imprime etiquetas",
          "Acesso ao portal bloqueado",
          "Erro ao emitir relatório de vendas",
          "Troca de senha do sistema",
          "Lentidão na rede do escritório",
          "Certificado digital vencido",
          "Atualização do sistema falhou",
          "Pedido de orçamento de manutenção",
          "Cobrança em duplicidade",
          "Cadastro de novo usuário",
          "Backup não concluído",
          "Integração com o banco parada",
          "Dúvida sobre reajuste contratual",
          "Visita técnica para instalação",
          "Computador não liga",
          "E-mail não sincroniza no celular",
          "Grade de horários do professor");

  @PersistenceContext private EntityManager em;

  @Inject private Database database;

  /**
   * Inserts {@code size} cases for the company, numbered after its counter for {@code year};
   * returns how many were inserted.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int insertChunk(long companyId, int year, int size, LocalDateTime now) {
    int first = reserveNumbers(companyId, year, size);
    long opener =
        ((Number)
                em.createNativeQuery(
                        "SELECT MIN(id) FROM agent WHERE company_id = ?1 AND active = TRUE")
                    .setParameter(1, companyId)
                    .getSingleResult())
            .longValue();
    StringBuilder subjects = new StringBuilder("CASE MOD(g, ").append(SUBJECTS.size()).append(")");
    for (int i = 0; i < SUBJECTS.size(); i++) {
      subjects.append(" WHEN ").append(i).append(" THEN '").append(SUBJECTS.get(i)).append("'");
    }
    subjects.append(" END");
    String series =
        database.isPostgreSQL()
            ? "(SELECT g FROM generate_series(1, ?3) AS s(g))"
            : "(SELECT X AS g FROM SYSTEM_RANGE(1, ?3))";
    String nextId =
        database.isPostgreSQL() ? "nextval('support_case_seq')" : "NEXT VALUE FOR support_case_seq";
    String sql =
        "INSERT INTO support_case (id, company_id, case_number, subject, request, priority, status,"
            + " access_level, party_id, department_id, opener_id, holder_id, opened_at, due_date,"
            + " overdue, version, scheduling_count, voicemail_messages, last_changed_by_id,"
            + " contact_channel, contact_origin)"
            + " SELECT "
            + nextId
            // LPAD cuts longer strings: numbers past 999999 keep all their digits, as in
            // CaseNumber.
            + ", ?1, CONCAT(?2, '-', CASE WHEN ?4 + g < 1000000"
            + " THEN LPAD(CAST(?4 + g AS VARCHAR(12)), 6, '0') ELSE CAST(?4 + g AS VARCHAR(12)) END), "
            + subjects
            + ", CONCAT('Caso gerado para carga número ', CAST(?4 + g AS VARCHAR(12)), '.'),"
            + " CASE MOD(g, 4) WHEN 0 THEN 'LOW' WHEN 1 THEN 'NORMAL' WHEN 2 THEN 'HIGH'"
            + " ELSE 'URGENT' END,"
            + " CASE MOD(g, 8) WHEN 0 THEN 'NEW' WHEN 1 THEN 'IN_PROGRESS' WHEN 2 THEN 'SCHEDULED'"
            + " WHEN 3 THEN 'PENDING' WHEN 4 THEN 'SOLVED' WHEN 5 THEN 'NOTIFIED' WHEN 6 THEN 'CONFIRMED'"
            + " ELSE 'IN_PROGRESS' END,"
            + " CASE WHEN MOD(g, 10) = 0 THEN 2 WHEN MOD(g, 5) = 0 THEN 1 ELSE 0 END,"
            + roundRobin(
                em.createNativeQuery(
                        "SELECT id FROM party WHERE active = TRUE ORDER BY id FETCH FIRST 100 ROWS ONLY")
                    .getResultList())
            + ", "
            + roundRobin(
                em.createNativeQuery("SELECT id FROM department WHERE company_id = ?1 ORDER BY id")
                    .setParameter(1, companyId)
                    .getResultList())
            + ","
            + " ?5, CASE WHEN MOD(g, 8) = 0 THEN NULL ELSE ?5 END,"
            + " CAST(?6 AS TIMESTAMP) - (MOD(g * 7919, 300 * 1440)) * INTERVAL '1' MINUTE,"
            + " CASE WHEN MOD(g, 3) = 0 THEN CAST(?6 AS TIMESTAMP) + MOD(g, 30) * INTERVAL '1' DAY"
            + " ELSE NULL END,"
            + " FALSE, 0, 0, 0, ?5,"
            + " CASE MOD(g, 3) WHEN 0 THEN 'PHONE' WHEN 1 THEN 'EMAIL' ELSE 'WEB' END, 'CLIENT' FROM "
            + series
            + " series";
    return em.createNativeQuery(sql)
        .setParameter(1, companyId)
        .setParameter(2, String.valueOf(year))
        .setParameter(3, size)
        .setParameter(4, first - 1)
        .setParameter(5, opener)
        .setParameter(6, now)
        .executeUpdate();
  }

  /** A CASE expression giving the series' rows each id in turn. */
  private static String roundRobin(List<?> ids) {
    if (ids.isEmpty()) {
      throw new IllegalStateException("no parties or departments to generate cases for");
    }
    StringBuilder expression = new StringBuilder("CASE MOD(g, ").append(ids.size()).append(")");
    for (int i = 0; i < ids.size(); i++) {
      expression
          .append(" WHEN ")
          .append(i)
          .append(" THEN ")
          .append(((Number) ids.get(i)).longValue());
    }
    return expression.append(" END").toString();
  }

  /** Takes {@code size} numbers from the company's counter; returns the first. */
  private int reserveNumbers(long companyId, int year, int size) {
    int updated =
        em.createNativeQuery(
                "UPDATE case_number_counter SET last_value = last_value + ?3"
                    + " WHERE company_id = ?1 AND case_year = ?2")
            .setParameter(1, companyId)
            .setParameter(2, year)
            .setParameter(3, size)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO case_number_counter (company_id, case_year, last_value) VALUES (?1, ?2, ?3)")
          .setParameter(1, companyId)
          .setParameter(2, year)
          .setParameter(3, size)
          .executeUpdate();
      return 1;
    }
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM case_number_counter WHERE company_id = ?1 AND case_year = ?2")
                .setParameter(1, companyId)
                .setParameter(2, year)
                .getSingleResult();
    return last.intValue() - size + 1;
  }

  /** Refreshes the planner's statistics after a bulk load (PostgreSQL; H2 keeps its own). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void analyze() {
    if (database.isPostgreSQL()) {
      em.createNativeQuery("ANALYZE support_case").executeUpdate();
    }
  }
}
