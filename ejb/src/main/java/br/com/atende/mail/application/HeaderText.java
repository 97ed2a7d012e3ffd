package br.com.atende.mail.application;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a received header, decoded (RFC 2047) and on one line. Jakarta Mail decodes each
 * encoded word on its own, so a character whose bytes a mail program split across two words ({@code
 * =?UTF-8?Q?=C3?= =?UTF-8?Q?=A7?=}) comes out as two replacement characters; here adjacent words of
 * one charset are joined before their bytes are read. Control characters, line breaks among them,
 * become spaces: a decoded value may carry a CR/LF that must never reach a stored subject or an
 * outgoing header.
 */
public final class HeaderText {

  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

  private HeaderText() {}

  /** The decoded header on one line, blanks collapsed; empty for none. */
  public static String decode(String raw) {
    if (raw == null) {
      return "";
    }
    String unfolded = raw.replaceAll("\\r?\\n(?=[ \\t])", "");
    StringBuilder text = new StringBuilder();
    Matcher word = ENCODED_WORD.matcher(unfolded);
    int end = 0;
    String charset = null;
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    while (word.find()) {
      String between = unfolded.substring(end, word.start());
      boolean adjacent = charset != null && between.isBlank();
      String wordCharset = word.group(1).replaceFirst("\\*.*$", "");
      byte[] bytes = bytesOf(word.group(2), word.group(3));
      if (bytes == null || charsetOf(wordCharset) == null) {
        flush(text, charset, pending);
        charset = null;
        text.append(between).append(word.group());
      } else {
        if (!adjacent || !charset.equalsIgnoreCase(wordCharset)) {
          flush(text, charset, pending);
          if (!adjacent) {
            text.append(between);
          }
          charset = wordCharset;
        }
        pending.writeBytes(bytes);
      }
      end = word.end();
    }
    flush(text, charset, pending);
    text.append(unfolded.substring(end));
    return oneLine(text.toString());
  }

  /** Control characters and line separators as spaces, blanks collapsed, stripped. */
  public static String oneLine(String text) {
    return text == null
        ? ""
        : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ")
            .replaceAll("\\s{2,}", " ")
            .strip();
  }

  /**
   * The bytes of one word's text: B is Base64, Q is quoted-printable with "_" for a space. Written
   * here (a few lines) rather than through MimeUtility's streams, which need the mail provider and
   * throw on the first bad character instead of leaving the word as written.
   */
  private static byte[] bytesOf(String encoding, String encoded) {
    if (encoding.equalsIgnoreCase("B")) {
      try {
        return Base64.getDecoder().decode(encoded);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '_') {
        bytes.write(' ');
      } else if (c == '=') {
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toByteArray();
  }

  /** The Java charset of a MIME charset name (the library knows the aliases); null if none. */
  private static Charset charsetOf(String name) {
    try {
      String java = MimeUtility.javaCharset(name);
      return Charset.isSupported(java) ? Charset.forName(java) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void flush(StringBuilder text, String charset, ByteArrayOutputStream pending) {
    if (charset != null && pending.size() > 0) {
      text.append(new String(pending.toByteArray(), charsetOf(charset)));
    }
    pending.reset();
  }
}
