package br.com.atende.customfield.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.organization.model.Company;
import br.com.atende.shared.InvalidInputException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each type of custom field takes a good value and refuses a bad one, naming the field. */
class CustomFieldTest {

  private final CaseType incident = new CaseType(new Company("ACME", "ACME"), "Incidente");

  @Test
  void aTextTakesUpTo255CharactersAndALongTextUpTo4000() {
    assertEquals("Filial Centro", field(FieldType.TEXT, "Loja").parse("  Filial Centro ").text());
    refuses(FieldType.TEXT, "Loja", "x".repeat(256), "error.customField.tooLong");
    assertEquals(
        4000, field(FieldType.LONG_TEXT, "Relato").parse("y".repeat(4000)).text().length());
    refuses(FieldType.LONG_TEXT, "Relato", "y".repeat(4001), "error.customField.tooLong");
  }

  @Test
  void anIntegerTakesWholeNumbersOnly() {
    assertEquals(new BigDecimal("-42"), field(FieldType.INTEGER, "Volume").parse("-42").number());
    refuses(FieldType.INTEGER, "Volume", "4.2", "error.customField.integer");
    refuses(FieldType.INTEGER, "Volume", "quatro", "error.customField.integer");
  }

  @Test
  void aDecimalTakesAPointOrACommaAndFourPlaces() {
    assertEquals(
        0,
        new BigDecimal("12.5").compareTo(field(FieldType.DECIMAL, "Valor").parse("12,5").number()));
    assertEquals(
        0,
        new BigDecimal("0.1234")
            .compareTo(field(FieldType.DECIMAL, "Valor").parse("0.1234").number()));
    refuses(FieldType.DECIMAL, "Valor", "1.23456", "error.customField.decimal");
    refuses(FieldType.DECIMAL, "Valor", "R$ 10", "error.customField.decimal");
  }

  @Test
  void aDateTakesAnIsoDate() {
    assertEquals(
        LocalDate.of(2026, 2, 28),
        field(FieldType.DATE, "Data da compra").parse("2026-02-28").date());
    refuses(FieldType.DATE, "Data da compra", "2026-02-30", "error.customField.date");
    refuses(FieldType.DATE, "Data da compra", "28/02/2026", "error.customField.date");
  }

  @Test
  void aFlagTakesTrueOrFalseAndFalseIsAValue() {
    FieldValue no = field(FieldType.BOOLEAN, "Em garantia").parse("false");
    assertEquals(Boolean.FALSE, no.flag());
    assertFalse(no.isEmpty());
    refuses(FieldType.BOOLEAN, "Em garantia", "talvez", "error.customField.boolean");
  }

  @Test
  void aSingleChoiceTakesOneOfItsActiveOptions() throws Exception {
    CustomField channel = field(FieldType.SINGLE_CHOICE, "Canal de venda");
    option(channel, "Loja", 11L, true);
    option(channel, "Site", 12L, false);
    assertEquals(11L, channel.parse("11").ref());
    assertEquals("Loja", channel.display(channel.parse("11"), id -> null));
    refusesOn(channel, "12", "error.customField.option");
    refusesOn(channel, "99", "error.customField.option");
    refusesOn(channel, "Loja", "error.customField.option");
  }

  @Test
  void aMultipleChoiceTakesSeveralOfItsOptions() throws Exception {
    CustomField items = field(FieldType.MULTIPLE_CHOICE, "Itens afetados");
    option(items, "Tela", 21L, true);
    option(items, "Teclado", 22L, true);
    FieldValue both = items.parse("22, 21");
    assertEquals(Set.of(21L, 22L), both.options());
    assertEquals("Tela, Teclado", items.display(both, id -> null));
    refusesOn(items, "21,23", "error.customField.option");
  }

  @Test
  void aPartyOrAgentTakesAnId() {
    assertEquals(7L, field(FieldType.PARTY, "Revenda").parse("7").ref());
    refuses(FieldType.PARTY, "Revenda", "Loja X", "error.customField.party");
    assertEquals(3L, field(FieldType.AGENT, "Técnico").parse("3").ref());
    refuses(FieldType.AGENT, "Técnico", "-3", "error.customField.agent");
  }

  @Test
  void blankIsNoValueForEveryType() {
    for (FieldType type : FieldType.values()) {
      assertTrue(field(type, "Campo").parse("  ").isEmpty(), type.name());
    }
  }

  @Test
  void aFieldIsRequiredAlwaysOrFromItsStepOn() {
    CustomField always = field(FieldType.TEXT, "Sempre");
    always.define("Sempre", FieldType.TEXT, null, 1, true, null, true);
    CustomField fromStep2 = field(FieldType.TEXT, "Depois");
    fromStep2.define("Depois", FieldType.TEXT, null, 2, false, 2, true);
    assertTrue(always.isRequiredAt(null));
    assertFalse(fromStep2.isRequiredAt(1));
    assertTrue(fromStep2.isRequiredAt(2));
    assertTrue(fromStep2.isRequiredAt(3));
    assertThrows(
        InvalidInputException.class,
        () -> fromStep2.define("Depois", FieldType.TEXT, null, 2, false, 0, true));
  }

  private CustomField field(FieldType type, String name) {
    return new CustomField(incident, name, type, 1);
  }

  private void refuses(FieldType type, String name, String raw, String key) {
    refusesOn(field(type, name), raw, key);
  }

  private static void refusesOn(CustomField field, String raw, String key) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> field.parse(raw));
    assertEquals(key, refused.messageKey());
    assertEquals(CustomField.INPUT, refused.field());
    assertEquals(field.getName(), refused.arguments()[0], "the message names the field");
  }

  private static void option(CustomField field, String label, long id, boolean active)
      throws Exception {
    CustomFieldOption option = field.addOption(label, (int) id);
    option.change(label, (int) id, active);
    Field idField = CustomFieldOption.class.getDeclaredField("id");
    idField.setAccessible(true);
    idField.set(option, id);
  }
}
