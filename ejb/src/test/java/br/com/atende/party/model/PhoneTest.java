package br.com.atende.party.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneTest {

  @Test
  void theSamePhoneInEveryUsualFormatHasTheSameDigits() {
    assertEquals("3133331000", Phone.digits("(31) 3333-1000"));
    assertEquals("3133331000", Phone.digits("+55 31 3333-1000"));
    assertEquals("3133331000", Phone.digits("031 3333 1000"));
    assertEquals("11988881234", Phone.digits("+55 (11) 98888-1234"));
  }

  @Test
  void aNumberThatMerelyStartsWith55KeepsItsDigits() {
    assertEquals("5533331000", Phone.digits("(55) 3333-1000"));
  }

  @Test
  void noDigitsIsNoPhone() {
    assertNull(Phone.digits(null));
    assertNull(Phone.digits("ramal"));
  }
}
