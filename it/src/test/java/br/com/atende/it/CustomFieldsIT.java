package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.customfield.application.CopyResult;
import br.com.atende.customfield.application.CustomFieldAdminService;
import br.com.atende.customfield.application.CustomFieldEntry;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.customfield.application.FieldDefinition;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.CustomFieldSetup;
import br.com.atende.it.support.Openings;
import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueExport;
import br.com.atende.queue.application.QueueService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Custom fields in the container (SPEC C7): each type's good and bad value, all-or-nothing saves
 * audited field by field, copy from a case of the same or another type, clear, the fields still
 * missing for a workflow step, and the queue filtered by a field's value in the database.
 */
@ExtendWith(ArquillianExtension.class)
class CustomFieldsIT {

  private static final PageRequest FIRST_PAGE = new PageRequest(0, 200, null, false);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CustomFieldSetup setup;

  @Inject CaseService cases;

  @Inject QueueService queues;

  @Inject CustomFieldService customFields;

  @Inject CustomFieldAdminService admin;

  @Inject QueueExport export;

  @Test
  void everyTypeKeepsAGoodValueAuditedByNameAndRefusesABadOneNamingTheField() throws Exception {
    long type = setup.caseType("Todos os tipos");
    Map<FieldType, Long> field = new LinkedHashMap<>();
    int order = 1;
    for (FieldType fieldType : FieldType.values()) {
      field.put(fieldType, define(type, "Campo " + fieldType, fieldType, order++, false, null));
    }
    long option1 = option(field.get(FieldType.SINGLE_CHOICE), "Loja");
    long optionA = option(field.get(FieldType.MULTIPLE_CHOICE), "Tela");
    long optionB = option(field.get(FieldType.MULTIPLE_CHOICE), "Teclado");
    long party = openings.partyId("ana", "Maria");
    long bruno = setup.agentId("bruno");
    long caseId = openCase("ana", type);
    long version = version(caseId);

    Map<Long, String> good = new HashMap<>();
    good.put(field.get(FieldType.TEXT), "Filial Centro");
    good.put(field.get(FieldType.LONG_TEXT), "Relato longo do cliente.");
    good.put(field.get(FieldType.INTEGER), "42");
    good.put(field.get(FieldType.DECIMAL), "12,50");
    good.put(field.get(FieldType.DATE), "2026-03-15");
    good.put(field.get(FieldType.BOOLEAN), "false");
    good.put(field.get(FieldType.SINGLE_CHOICE), String.valueOf(option1));
    good.put(field.get(FieldType.MULTIPLE_CHOICE), optionA + "," + optionB);
    good.put(field.get(FieldType.PARTY), String.valueOf(party));
    good.put(field.get(FieldType.AGENT), String.valueOf(bruno));
    long saved = acting.as("ana", () -> customFields.save(caseId, version, good));

    assertTrue(saved > version, "saving custom fields moves the case's version");
    Map<FieldType, CustomFieldEntry> shown =
        byType(acting.as("ana", () -> customFields.fieldsOf(caseId)));
    assertEquals("Filial Centro", shown.get(FieldType.TEXT).text());
    assertEquals("Relato longo do cliente.", shown.get(FieldType.LONG_TEXT).text());
    assertEquals(0, new BigDecimal("42").compareTo(shown.get(FieldType.INTEGER).number()));
    assertEquals("12.5", shown.get(FieldType.DECIMAL).display());
    assertEquals(LocalDate.of(2026, 3, 15), shown.get(FieldType.DATE).date());
    assertEquals(Boolean.FALSE, shown.get(FieldType.BOOLEAN).flag());
    assertEquals("Loja", shown.get(FieldType.SINGLE_CHOICE).display());
    assertEquals("Tela, Teclado", shown.get(FieldType.MULTIPLE_CHOICE).display());
    assertEquals(List.of(optionA, optionB), shown.get(FieldType.MULTIPLE_CHOICE).optionIds());
    assertTrue(shown.get(FieldType.PARTY).refName().startsWith("Maria"));
    assertEquals("Bruno Lima", shown.get(FieldType.AGENT).refName());
    List<AuditItem> trail = acting.as("ana", () -> cases.auditTrail(caseId, FIRST_PAGE));
    assertEquals(10, trail.size(), "one audit row per field");
    AuditItem date =
        trail.stream().filter(a -> a.field().equals("cf:Campo DATE")).findFirst().orElseThrow();
    assertNull(date.oldValue());
    assertEquals("2026-03-15", date.newValue());

    Map<FieldType, String> bad = new LinkedHashMap<>();
    bad.put(FieldType.TEXT, "x".repeat(256));
    bad.put(FieldType.LONG_TEXT, "y".repeat(4001));
    bad.put(FieldType.INTEGER, "4.5");
    bad.put(FieldType.DECIMAL, "doze");
    bad.put(FieldType.DATE, "2026-02-30");
    bad.put(FieldType.BOOLEAN, "talvez");
    bad.put(FieldType.SINGLE_CHOICE, String.valueOf(optionA));
    bad.put(FieldType.MULTIPLE_CHOICE, option1 + "," + optionA);
    bad.put(FieldType.PARTY, "999999999");
    bad.put(FieldType.AGENT, "999999999");
    for (Map.Entry<FieldType, String> refused : bad.entrySet()) {
      Map<Long, String> values = new HashMap<>();
      values.put(field.get(FieldType.TEXT), "Mudaria junto");
      values.put(field.get(refused.getKey()), refused.getValue());
      InvalidInputException error =
          assertThrows(
              InvalidInputException.class,
              () -> acting.as("ana", () -> customFields.save(caseId, saved, values)),
              refused.getKey().name());
      assertEquals("Campo " + refused.getKey(), error.arguments()[0], "names the field");
      assertTrue(error.messageKey().startsWith("error.customField."));
    }
    assertEquals(
        "Filial Centro",
        byType(acting.as("ana", () -> customFields.fieldsOf(caseId))).get(FieldType.TEXT).text(),
        "a refused save writes nothing");
    assertEquals(saved, version(caseId));
  }

  @Test
  void aStaleSaveIsRefusedAndOnlyTheHolderOrASupervisorSaves() throws Exception {
    long type = setup.caseType("Concorrência");
    long text = define(type, "Loja", FieldType.TEXT, 1, false, null);
    long caseId = openCase("ana", type);
    long version = version(caseId);
    acting.as("ana", () -> customFields.save(caseId, version, Map.of(text, "Centro")));

    assertThrows(
        ConcurrentChangeException.class,
        () -> acting.as("ana", () -> customFields.save(caseId, version, Map.of(text, "Sul"))));
    long current = version(caseId);
    BusinessException notHolder =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as("bruno", () -> customFields.save(caseId, current, Map.of(text, "Sul"))));
    assertEquals("error.edit.notHolder", notHolder.messageKey());
    acting.as("carla", () -> customFields.save(caseId, current, Map.of(text, "Norte")));
    assertEquals("Norte", acting.as("ana", () -> customFields.fieldsOf(caseId)).get(0).text());
  }

  @Test
  void copyingFromACaseOfTheSameTypeTakesEveryValueAndFromAnotherOnlySameNameAndType()
      throws Exception {
    long type = setup.caseType("Origem");
    long store = define(type, "Loja", FieldType.TEXT, 1, false, null);
    long bought = define(type, "Data da compra", FieldType.DATE, 2, false, null);
    long channel = define(type, "Canal", FieldType.SINGLE_CHOICE, 3, false, null);
    long site = option(channel, "Site");
    long source = openCase("ana", type);
    acting.as(
        "ana",
        () ->
            customFields.save(
                source,
                version(source),
                Map.of(store, "Centro", bought, "2026-01-10", channel, String.valueOf(site))));
    String sourceNumber = acting.as("ana", () -> cases.details(source)).number();

    long sameType = openCase("ana", type);
    CopyResult same =
        acting.as("ana", () -> customFields.copyFrom(sameType, version(sameType), sourceNumber));
    assertTrue(same.skipped().isEmpty());
    assertEquals(
        List.of("Centro", "2026-01-10", "Site"),
        acting.as("ana", () -> customFields.fieldsOf(sameType)).stream()
            .map(CustomFieldEntry::display)
            .toList());

    long otherType = setup.caseType("Destino");
    define(otherType, "Loja", FieldType.TEXT, 1, false, null);
    define(otherType, "Data da compra", FieldType.TEXT, 2, false, null);
    long otherChannel = define(otherType, "Canal", FieldType.SINGLE_CHOICE, 3, false, null);
    option(otherChannel, "Loja física");
    option(otherChannel, "Site");
    long other = openCase("ana", otherType);
    CopyResult copied =
        acting.as("ana", () -> customFields.copyFrom(other, version(other), sourceNumber));
    assertEquals(List.of("Data da compra"), copied.skipped(), "same name, other type: skipped");
    List<CustomFieldEntry> shown = acting.as("ana", () -> customFields.fieldsOf(other));
    assertEquals("Centro", shown.get(0).display());
    assertNull(shown.get(1).display());
    assertEquals("Site", shown.get(2).display(), "a choice goes by its option's label");

    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as("ana", () -> customFields.copyFrom(other, version(other), "X-0")));
    assertEquals("error.customField.sourceUnknown", unknown.messageKey());
  }

  @Test
  void clearingEmptiesEveryFieldAuditedAndTheRequiredOnesShowAsMissing() throws Exception {
    long type = setup.caseType("Obrigatórios");
    long always = define(type, "Número de série", FieldType.TEXT, 1, true, null);
    long later = define(type, "Laudo", FieldType.LONG_TEXT, 2, false, 2);
    define(type, "Observação", FieldType.TEXT, 3, false, null);
    long caseId = openCase("ana", type);

    assertEquals(
        List.of("Número de série"),
        acting.as("ana", () -> customFields.missingRequiredFields(caseId, 1)));
    assertEquals(
        List.of("Número de série", "Laudo"),
        acting.as("ana", () -> customFields.missingRequiredFields(caseId, 2)));
    acting.as(
        "ana",
        () -> customFields.save(caseId, version(caseId), Map.of(always, "SN-1", later, "Ok")));
    assertTrue(acting.as("ana", () -> customFields.missingRequiredFields(caseId, 5)).isEmpty());

    long before = version(caseId);
    long cleared = acting.as("ana", () -> customFields.clear(caseId, before));
    assertTrue(cleared > before);
    assertTrue(
        acting.as("ana", () -> customFields.fieldsOf(caseId)).stream()
            .allMatch(e -> e.display() == null));
    List<AuditItem> trail = acting.as("ana", () -> cases.auditTrail(caseId, FIRST_PAGE));
    assertEquals(4, trail.size(), "two saved, two cleared; the empty one is not audited");
    assertFalse(acting.as("ana", () -> customFields.missingRequiredFields(caseId, 1)).isEmpty());
  }

  @Test
  void theQueueFiltersByAFieldValueOnItsTypedColumn() throws Exception {
    long type = setup.caseType("Fila");
    long bought = define(type, "Data da compra", FieldType.DATE, 1, false, null);
    long channel = define(type, "Canal", FieldType.SINGLE_CHOICE, 2, false, null);
    long store = option(channel, "Loja");
    option(channel, "Site");
    long items = define(type, "Itens", FieldType.MULTIPLE_CHOICE, 3, false, null);
    long screen = option(items, "Tela");
    long warranty = define(type, "Em garantia", FieldType.BOOLEAN, 4, false, null);
    long amount = define(type, "Valor", FieldType.DECIMAL, 5, false, null);
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(System.nanoTime() % 3000);
    long matching = openCase("ana", type);
    long other = openCase("ana", type);
    acting.as(
        "ana",
        () ->
            customFields.save(
                matching,
                version(matching),
                Map.of(
                    bought, day.toString(),
                    channel, String.valueOf(store),
                    items, String.valueOf(screen),
                    warranty, "true",
                    amount, "99.9")));
    acting.as(
        "ana",
        () ->
            customFields.save(
                other,
                version(other),
                Map.of(bought, day.plusDays(1).toString(), warranty, "false")));

    assertOnly(matching, new CustomFieldFilter(bought, day.toString()));
    assertOnly(matching, new CustomFieldFilter(channel, "loja"));
    assertOnly(matching, new CustomFieldFilter(items, "Tela"));
    assertOnly(matching, new CustomFieldFilter(amount, "99,90"));
    assertOnly(other, new CustomFieldFilter(bought, day.plusDays(1).toString()));
    List<CaseSummary> flagged =
        acting.as(
            "ana",
            () -> queues.departmentQueue(FIRST_PAGE, new CustomFieldFilter(warranty, "true")));
    assertEquals(List.of(matching), flagged.stream().map(CaseSummary::id).toList());
    assertTrue(
        acting.as("ana", () -> queues.queueFilterFields()).stream()
            .anyMatch(c -> c.id() == bought));
    String csv = acting.as("ana", () -> export.csv(new CustomFieldFilter(channel, "Loja")));
    String[] lines = csv.split("\r\n");
    assertEquals(2, lines.length, csv);
    assertTrue(lines[0].endsWith("Data da compra,Canal,Itens,Em garantia,Valor"), lines[0]);
    assertTrue(lines[1].endsWith("," + day + ",Loja,Tela,true,99.9"), lines[1]);
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () -> queues.countDepartmentQueue(new CustomFieldFilter(bought, "ontem"))));
    assertEquals("error.customField.date", bad.messageKey());
  }

  private void assertOnly(long caseId, CustomFieldFilter filter) throws Exception {
    assertEquals(1, acting.as("ana", () -> queues.countDepartmentQueue(filter)), filter.toString());
    assertEquals(
        List.of(caseId),
        acting.as("ana", () -> queues.departmentQueue(FIRST_PAGE, filter)).stream()
            .map(CaseSummary::id)
            .toList());
  }

  private long define(
      long type, String name, FieldType fieldType, int order, boolean required, Integer step)
      throws Exception {
    return acting.as(
        "admin",
        () ->
            admin.saveField(
                new FieldDefinition(
                    null,
                    type,
                    name,
                    fieldType,
                    "Ajuda de " + name,
                    order,
                    required,
                    step,
                    true,
                    List.of())));
  }

  private long option(long field, String label) throws Exception {
    return acting.as("admin", () -> admin.addOption(field, label, 1));
  }

  private long openCase(String login, long caseTypeId) throws Exception {
    long party = openings.partyId(login, "Maria");
    return acting.as(
        login,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          return cases
              .open(
                  new OpenCaseCommand(
                      defaults.companyId(),
                      defaults.departmentId(),
                      caseTypeId,
                      null,
                      null,
                      null,
                      null,
                      party,
                      null,
                      null,
                      null,
                      "PHONE",
                      ContactOrigin.CLIENT,
                      "Campos " + System.nanoTime(),
                      "Pedido com campos complementares.",
                      Priority.NORMAL,
                      null,
                      true))
              .id();
        });
  }

  private long version(long caseId) throws Exception {
    return acting.as("ana", () -> cases.details(caseId)).version();
  }

  private static Map<FieldType, CustomFieldEntry> byType(List<CustomFieldEntry> entries) {
    Map<FieldType, CustomFieldEntry> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.type(), e));
    return map;
  }
}
