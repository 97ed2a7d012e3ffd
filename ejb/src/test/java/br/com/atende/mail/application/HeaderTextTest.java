package br.com.atende.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeaderTextTest {

  @Test
  void aCharacterSplitAcrossTwoUtf8EncodedWordsIsDecodedWhole() {
    assertEquals(
        "Solicitação urgente",
        HeaderText.decode("=?UTF-8?Q?Solicita=C3?= =?UTF-8?Q?=A7=C3=A3o?= urgente"));
    assertEquals("éça", HeaderText.decode("=?UTF-8?B?w6k=?=\r\n =?UTF-8?Q?=C3?= =?UTF-8?Q?=A7a?="));
  }

  @Test
  void isoLatinWordsAreJoinedWithoutTheBlankBetweenThem() {
    assertEquals(
        "RES: Solicitação",
        HeaderText.decode("RES: =?ISO-8859-1?Q?Solicita=E7?= =?iso-8859-1?Q?=E3o?="));
  }

  @Test
  void wordsOfDifferentCharsetsAndPlainTextKeepTheirOrder() {
    assertEquals(
        "Olá e ação fim",
        HeaderText.decode("=?ISO-8859-1?Q?Ol=E1?= e =?UTF-8?Q?a=C3=A7=C3=A3o?= fim"));
  }

  @Test
  void lineBreaksDecodedFromAnEncodedWordBecomeSpaces() {
    assertEquals(
        "Oi Bcc: x@evil.example", HeaderText.decode("=?UTF-8?Q?Oi=0D=0ABcc:_x@evil.example?="));
    assertEquals("a b", HeaderText.decode("=?UTF-8?B?YQ0KYg==?="));
  }

  @Test
  void anUnknownCharsetLeavesTheWordAsWritten() {
    assertEquals("=?x-nada?Q?abc?= ok", HeaderText.decode("=?x-nada?Q?abc?= ok"));
  }
}
