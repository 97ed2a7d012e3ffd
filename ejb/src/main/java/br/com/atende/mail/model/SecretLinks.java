package br.com.atende.mail.model;

import java.util.regex.Pattern;

/**
 * Links in an email that act for whoever holds them, such as the client's answer to a solution
 * (SPEC C6): only the recipient may see them usable. Atende keeps only their hash; the outbox keeps
 * the raw link only until the email has left, and never shows it.
 */
public final class SecretLinks {

  /** The value of a {@code token} parameter of a URL, as the links carry it. */
  private static final Pattern TOKEN = Pattern.compile("([?&](?:amp;)?token=)[A-Za-z0-9_~.%-]+");

  /** What a masked token reads as. */
  public static final String MASK = "…";

  private SecretLinks() {}

  /** The text with every link token replaced by {@link #MASK}; null stays null. */
  public static String masked(String text) {
    return text == null ? null : TOKEN.matcher(text).replaceAll("$1" + MASK);
  }
}
