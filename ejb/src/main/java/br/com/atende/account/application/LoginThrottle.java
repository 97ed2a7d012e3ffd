package br.com.atende.account.application;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per address and locks either for a while once it has too
 * many: {@code atende.login.max-failures} (5) per login, {@code
 * atende.login.max-failures-per-address} (20) per address, each lock lasting {@code
 * atende.login.lock-minutes} (15) after the last failure. A login that does not exist is counted
 * like one that does, so the lock tells nothing about which exist.
 *
 * <p>Kept in memory, not in the database: a failure then costs no write (an attacker cannot turn
 * guesses into database load), the counts matter for minutes only, and a restart forgetting them is
 * harmless. The counters are bounded ({@value #MAX_TRACKED} keys): when full, stale ones are
 * dropped first, and a flood of fresh addresses cannot grow the heap.
 */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottle {

  static final int MAX_TRACKED = 50_000;

  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();

  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  @Inject private Clock clock;

  private record Failures(int count, Instant last) {}

  /** How long logins of this account or from this address stay refused; empty when allowed. */
  public Optional<Duration> lockedFor(String login, String address) {
    Instant now = clock.instant();
    Duration account = remaining(byAccount.get(key(login)), maxPerAccount(), now);
    Duration from = remaining(byAddress.get(key(address)), maxPerAddress(), now);
    Duration longest = account.compareTo(from) >= 0 ? account : from;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** A password was wrong (or the login unknown). */
  public void failed(String login, String address) {
    Instant now = clock.instant();
    count(byAccount, key(login), now);
    if (address != null) {
      count(byAddress, key(address), now);
    }
  }

  /** The account logged in, or chose a new password: its count starts again. */
  public void forgive(String login) {
    byAccount.remove(key(login));
  }

  /** An administrator lifts the locks of a login and an address before they end by themselves. */
  @RolesAllowed(Role.Names.ADMIN)
  public void release(String login, String address) {
    byAccount.remove(key(login));
    byAddress.remove(key(address));
  }

  private void count(Map<String, Failures> counts, String key, Instant now) {
    if (key.isEmpty()) {
      return;
    }
    if (counts.size() >= MAX_TRACKED && !counts.containsKey(key)) {
      counts.values().removeIf(f -> !now.isBefore(f.last().plus(lockDuration())));
      if (counts.size() >= MAX_TRACKED) {
        return;
      }
    }
    counts.merge(
        key,
        new Failures(1, now),
        (before, one) ->
            now.isBefore(before.last().plus(lockDuration()))
                ? new Failures(before.count() + 1, now)
                : one);
  }

  private static Duration remaining(Failures failures, int max, Instant now) {
    if (failures == null || failures.count() < max) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, failures.last().plus(lockDuration()));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String key(String value) {
    if (value == null) {
      return "";
    }
    String key = value.strip().toLowerCase(Locale.ROOT);
    return key.length() > 100 ? key.substring(0, 100) : key;
  }

  static int maxPerAccount() {
    return Integer.getInteger("atende.login.max-failures", 5);
  }

  static int maxPerAddress() {
    return Integer.getInteger("atende.login.max-failures-per-address", 20);
  }

  static Duration lockDuration() {
    return Duration.ofMinutes(Long.getLong("atende.login.lock-minutes", 15));
  }
}
