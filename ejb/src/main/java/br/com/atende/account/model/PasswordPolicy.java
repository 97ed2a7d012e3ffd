package br.com.atende.account.model;

import br.com.atende.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters and at most {@value #MAX_BYTES}
 * bytes (bcrypt reads no further), not one of the commonly used passwords (nbvcxz's list of
 * ~100,000 leaked ones plus our own Portuguese additions), and not built on the agent's own login,
 * name or email. Each refusal names the field and the rule broken.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  /** bcrypt uses the first 72 bytes of a password only. */
  public static final int MAX_BYTES = 72;

  /**
   * Parts of a login, name or email shorter than this are too common to refuse inside a password.
   */
  private static final int MIN_OWN_WORD = 3;

  private static final Set<String> COMMON = loadCommon();

  private PasswordPolicy() {}

  /**
   * Refuses a password that breaks the policy, naming {@code field}; the words are the agent's
   * login, name and email.
   */
  public static void check(String field, char[] password, String... ownWords) {
    if (password == null || password.length == 0) {
      throw new InvalidInputException(field, "error.required");
    }
    String candidate = new String(password);
    if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
      throw new InvalidInputException(field, "error.password.short", MIN_LENGTH);
    }
    if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new InvalidInputException(field, "error.password.long", MAX_BYTES);
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!@#$%&*._-]+$", ""))) {
      throw new InvalidInputException(field, "error.password.common");
    }
    for (String own : ownWords) {
      for (String word : wordsOf(own)) {
        if (lower.contains(word)) {
          throw new InvalidInputException(field, "error.password.own");
        }
      }
    }
  }

  /** The login, the name's words and the email's local part, lower case, of a useful length. */
  private static Set<String> wordsOf(String text) {
    if (text == null) {
      return Set.of();
    }
    String lower = text.toLowerCase(Locale.ROOT).strip();
    Set<String> words = new HashSet<>();
    words.add(lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower);
    for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
      words.add(part);
    }
    return words.stream().filter(w -> w.length() >= MIN_OWN_WORD).collect(Collectors.toSet());
  }

  private static Set<String> loadCommon() {
    Set<String> common =
        new HashSet<>(DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet());
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords-pt.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .forEach(common::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(common);
  }
}
