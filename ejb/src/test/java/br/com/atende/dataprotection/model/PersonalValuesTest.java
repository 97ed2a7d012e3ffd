package br.com.atende.dataprotection.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalValuesTest {

  private final PersonalValues values =
      PersonalValues.of(
          List.of("Maria Souza", "Maria"),
          List.of("Maria.Souza@cliente.com.br"),
          List.of("(11) 91234-5678", "11912345678"),
          List.of("52998224725", "529.982.247-25"));

  @Test
  void aLongerValueIsReplacedWholeBeforeAShorterOneInsideIt() {
    assertEquals(
        "Falei com [anonimizado] e depois com [anonimizado].",
        values.redact("Falei com Maria Souza e depois com Maria."));
  }

  @Test
  void namesAreFoundInUpperAndLowerCaseAndEmailsInLowerCase() {
    assertEquals(
        "[anonimizado] escreveu de [anonimizado]",
        values.redact("MARIA SOUZA escreveu de maria.souza@cliente.com.br"));
  }

  @Test
  void phonesAndTaxIdsAreReplacedAsStoredAndAsWritten() {
    assertEquals(
        "CPF [anonimizado] / [anonimizado], tel. [anonimizado] ou [anonimizado]",
        values.redact("CPF 529.982.247-25 / 52998224725, tel. (11) 91234-5678 ou 11912345678"));
  }

  @Test
  void valuesShorterThanThreeLettersAreNotLookedForInFreeText() {
    PersonalValues shortName = PersonalValues.of(List.of("Jo"), List.of(), List.of(), List.of());
    assertTrue(shortName.isEmpty());
    assertEquals("João", shortName.redact("João"));
  }

  @Test
  void likePatternsEscapeTheWildcardsOfAValue() {
    PersonalValues email =
        PersonalValues.of(List.of(), List.of("a_b%c@x.com"), List.of(), List.of());
    assertTrue(email.likePatterns().contains("%a\\_b\\%c@x.com%"), email.likePatterns().toString());
  }

  @Test
  void anEmailIsAlsoFoundAsTheRichTextSanitizerStoresIt() {
    assertTrue(
        values.values().stream().anyMatch(v -> v.contains("&#64;")),
        "the sanitizer writes @ as &#64;: " + values.values());
    assertEquals(
        "<p>escreva para [anonimizado]</p>",
        values.redact("<p>escreva para Maria.Souza&#64;cliente.com.br</p>"));
  }

  @Test
  void aNameIsAlsoFoundFoldedAsTheFaqSearchTextStoresIt() {
    PersonalValues accented =
        PersonalValues.of(List.of("Otávio Pimentel"), List.of(), List.of(), List.of());
    assertEquals("visita a [anonimizado]", accented.redact("visita a otavio pimentel"));
  }
}
