package br.com.atende.party.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"529.982.247-25", "52998224725", "111.444.777-35", " 390 533 447 05 "})
  void aCpfWithRightCheckDigitsIsAccepted(String typed) {
    assertEquals(TaxId.Kind.CPF, TaxId.parse(typed).orElseThrow().kind());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "529.982.247-24",
        "529.982.247-35",
        "111.111.111-11",
        "000.000.000-00",
        "5299822472"
      })
  void aCpfWithWrongCheckDigitsOrShapeIsRefused(String typed) {
    assertTrue(TaxId.parse(typed).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"11.222.333/0001-81", "11222333000181", "45.723.174/0001-10"})
  void aNumericCnpjWithRightCheckDigitsIsAccepted(String typed) {
    assertEquals(TaxId.Kind.CNPJ, TaxId.parse(typed).orElseThrow().kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"11.222.333/0001-80", "11.222.333/0001-18", "00.000.000/0000-00"})
  void aNumericCnpjWithWrongCheckDigitsIsRefused(String typed) {
    assertTrue(TaxId.parse(typed).isEmpty());
  }

  @Test
  void anAlphanumericCnpjIsValidatedWithLettersCountingAsTheirCodeMinus48() {
    // Receita Federal's published example of the alphanumeric CNPJ: 12.ABC.345/01DE-35.
    TaxId cnpj = TaxId.parse("12.ABC.345/01DE-35").orElseThrow();
    assertEquals(TaxId.Kind.CNPJ, cnpj.kind());
    assertEquals("12ABC34501DE35", cnpj.value());
  }

  @Test
  void anAlphanumericCnpjIsReadCaseInsensitively() {
    assertEquals("12ABC34501DE35", TaxId.parse("12abc34501de35").orElseThrow().value());
  }

  @Test
  void anAlphanumericCnpjWithAWrongCheckDigitIsRefused() {
    assertTrue(TaxId.parse("12.ABC.345/01DE-36").isEmpty());
  }

  @Test
  void lettersAreNeverAcceptedInTheCheckDigits() {
    assertTrue(TaxId.parse("12ABC34501DE3A").isEmpty());
  }

  @Test
  void isFormattedAsPeopleWriteIt() {
    assertEquals("529.982.247-25", TaxId.parse("52998224725").orElseThrow().formatted());
    assertEquals("11.222.333/0001-81", TaxId.parse("11222333000181").orElseThrow().formatted());
  }

  @Test
  void tellsAnAttemptAtATaxIdFromAName() {
    assertTrue(TaxId.looksLikeOne("529.982"));
    assertTrue(TaxId.looksLikeOne("12.ABC.345/01DE-35"));
    assertFalse(TaxId.looksLikeOne("Metalúrgica"));
    assertFalse(TaxId.looksLikeOne("Maria"));
  }
}
