package br.com.atende.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secrets of emailed links (a client's answer to a solution, an agent's password link): 256
 * random bits, handed out once inside the email and stored only as their SHA-256, so that the table
 * alone cannot act for anyone. A random token looked up by its hash needs no signature: nobody can
 * make one the server would accept without having received it.
 */
public final class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretTokens() {}

  /** A new random token: 32 bytes from SecureRandom, base64url without padding (43 characters). */
  public static String newRawToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a token, in hex: what a table stores and looks up. */
  public static String hash(String rawToken) {
    return sha256(Objects.requireNonNull(rawToken).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The SHA-256 of some bytes, in lower-case hex (of a token, a request body, a mail's headers).
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
