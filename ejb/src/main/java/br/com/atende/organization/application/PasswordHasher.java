package br.com.atende.organization.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords as bcrypt in modular-crypt form ($2a$...), which is what the server's JDBC realm
 * (see config/cli/security.cli) verifies at login. The plain password never reaches the database.
 */
@ApplicationScoped
public class PasswordHasher {

  /** bcrypt cost factor: 2^10 rounds, about 60 ms per login on the target machine. */
  private static final int COST = 10;

  private final SecureRandom random = new SecureRandom();

  public String hash(char[] password) {
    byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
    random.nextBytes(salt);
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(
              BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
      BCryptPassword hashed =
          (BCryptPassword)
              factory.generatePassword(
                  new EncryptablePasswordSpec(
                      password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      return ModularCrypt.encodeAsString(hashed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  /** Whether the password is the one hashed (as the realm checks it at login). */
  public boolean matches(char[] candidate, String hash) {
    if (candidate == null || hash == null) {
      return false;
    }
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(
              BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
      return factory.verify(factory.translate(ModularCrypt.decode(hash)), candidate);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * The hash of a random password nobody is told: an account that has it cannot log in until its
   * agent chooses a password through a link.
   */
  public String unusable() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return hash(java.util.HexFormat.of().formatHex(secret).toCharArray());
  }
}
