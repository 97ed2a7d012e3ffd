package br.com.atende.account.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static InvalidInputException refusal(String password) {
    return assertThrows(
        InvalidInputException.class,
        () ->
            PasswordPolicy.check(
                "newPassword",
                password.toCharArray(),
                "mrocha",
                "Maria Rocha",
                "maria.rocha@acme.example"));
  }

  @Test
  void aLongUncommonPasswordOfNoneOfTheAgentsWordsIsAccepted() {
    assertDoesNotThrow(
        () ->
            PasswordPolicy.check(
                "newPassword", "cavalo bateria grampo".toCharArray(), "mrocha", "Maria Rocha"));
  }

  @Test
  void aPasswordShorterThanTenCharactersIsRefusedNamingTheField() {
    InvalidInputException refused = refusal("x7#kQ2p");
    assertEquals("newPassword", refused.field());
    assertEquals("error.password.short", refused.messageKey());
  }

  @Test
  void aCommonPasswordIsRefusedWhateverItsCase() {
    assertEquals("error.password.common", refusal("Password123").messageKey());
    assertEquals("error.password.common", refusal("qwertyuiop").messageKey());
  }

  @Test
  void aCommonPortugueseWordWithDigitsAppendedIsRefused() {
    assertEquals("error.password.common", refusal("senha2026!!").messageKey());
    assertEquals("error.password.common", refusal("Flamengo12345").messageKey());
  }

  @Test
  void aPasswordHoldingTheLoginTheNameOrTheEmailIsRefused() {
    assertEquals("error.password.own", refusal("xyz-mrocha-9921").messageKey());
    assertEquals("error.password.own", refusal("ROCHA-otter-551").messageKey());
    assertEquals("error.password.own", refusal("qq.maria.rocha!").messageKey());
  }

  @Test
  void aPasswordLongerThanBcryptReadsIsRefused() {
    assertEquals("error.password.long", refusal("ç".repeat(40)).messageKey());
  }

  @Test
  void anEmptyPasswordIsRequired() {
    assertEquals("error.required", refusal("").messageKey());
  }
}
