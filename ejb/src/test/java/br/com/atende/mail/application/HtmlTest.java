package br.com.atende.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupTypedByAUserIsShownNotInterpreted() {
    assertEquals(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;",
        Html.escape("<script>alert('x')</script> & \"y\""));
  }

  @Test
  void lineBreaksBecomeHtmlBreaks() {
    assertEquals("linha 1<br>linha 2", Html.escape("linha 1\nlinha 2"));
  }
}
