package br.com.atende.account.application;

import br.com.atende.account.model.LoginFailures;
import br.com.atende.organization.model.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed logins per account and per address and locks either for a while once it has too
 * many: {@code atende.login.max-failures} (5) per login, {@code
 * atende.login.max-failures-per-address} (20) per address, each lock lasting {@code
 * atende.login.lock-minutes} (15) after the last failure. A login that does not exist is counted
 * like one that does, so a lock tells nothing about which exist.
 *
 * <p>Kept in memory, not in the database: a failure then costs no write (an attacker cannot turn
 * guesses into database load), the counts matter for minutes only, and a restart forgetting them is
 * harmless. (The server's realm has its own per-account lock after 10 failures, which ours reaches
 * first.)
 */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottle {

  private static final int CAPACITY = 50_000;

  private final LoginFailures byAccount =
      new LoginFailures(maxPerAccount(), lockDuration(), CAPACITY);

  private final LoginFailures byAddress =
      new LoginFailures(maxPerAddress(), lockDuration(), CAPACITY);

  @Inject private Clock clock;

  /** How long logins of this account or from this address stay refused; empty when allowed. */
  public Optional<Duration> lockedFor(String login, String address) {
    Instant now = clock.instant();
    Duration account = byAccount.lockedFor(login, now);
    Duration from = byAddress.lockedFor(address, now);
    Duration longest = account.compareTo(from) >= 0 ? account : from;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** A password was wrong (or the login unknown); the address is null when not known. */
  public void failed(String login, String address) {
    Instant now = clock.instant();
    byAccount.failed(login, now);
    byAddress.failed(address, now);
  }

  /** The account logged in, or chose a new password: its count starts again. */
  public void forgive(String login) {
    byAccount.forget(login);
  }

  /** An administrator lifts the locks of a login and an address before they end by themselves. */
  @RolesAllowed(Role.Names.ADMIN)
  public void release(String login, String address) {
    byAccount.forget(login);
    byAddress.forget(address);
  }

  public static int maxPerAccount() {
    return Integer.getInteger("atende.login.max-failures", 5);
  }

  public static int maxPerAddress() {
    return Integer.getInteger("atende.login.max-failures-per-address", 20);
  }

  public static Duration lockDuration() {
    return Duration.ofMinutes(Long.getLong("atende.login.lock-minutes", 15));
  }
}
