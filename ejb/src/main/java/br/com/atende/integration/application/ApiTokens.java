package br.com.atende.integration.application;

import br.com.atende.shared.SecretTokens;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer tokens of API clients: 256 random bits, URL-safe, with a prefix that lets secret scanners
 * and people recognise one. Only the SHA-256 of a token is stored: guessing a 256-bit random value
 * from its hash is as hopeless as guessing the token, so a slow password hash would only slow every
 * request down, and a fast hash lets the token be found by one indexed lookup.
 */
public final class ApiTokens {

  static final String PREFIX = "atd_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokens() {}

  static String newToken() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** The hex SHA-256 of a request body, for idempotency. */
  public static String sha256(byte[] bytes) {
    return SecretTokens.sha256(bytes);
  }

  static String hash(String token) {
    return SecretTokens.hash(token);
  }
}
