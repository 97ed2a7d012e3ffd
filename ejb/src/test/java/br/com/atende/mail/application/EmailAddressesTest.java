package br.com.atende.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

  @Test
  void aPlainAddressIsValidAndTrimmed() {
    assertEquals(
        Optional.of("paulo@horizonte.example"), EmailAddresses.valid("  paulo@horizonte.example "));
  }

  @Test
  void anAddressCarryingALineBreakCannotInjectHeaders() {
    assertTrue(
        EmailAddresses.valid("paulo@horizonte.example\r\nBcc: all@victim.example").isEmpty());
  }

  @Test
  void severalAddressesAreNotOneRecipient() {
    assertTrue(EmailAddresses.valid("a@x.example, b@x.example").isEmpty());
  }

  @Test
  void aDisplayNameIsRefused() {
    assertTrue(EmailAddresses.valid("Paulo <paulo@horizonte.example>").isEmpty());
  }

  @Test
  void blankAndMalformedAddressesAreRefused() {
    assertTrue(EmailAddresses.valid(null).isEmpty());
    assertTrue(EmailAddresses.valid("   ").isEmpty());
    assertTrue(EmailAddresses.valid("paulo@").isEmpty());
    assertTrue(EmailAddresses.valid("no-at-sign").isEmpty());
  }
}
