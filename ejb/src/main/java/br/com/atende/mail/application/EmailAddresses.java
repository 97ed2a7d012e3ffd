package br.com.atende.mail.application;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** Which strings may become a mail header address: the only gate against header injection. */
public final class EmailAddresses {

  private EmailAddresses() {}

  /**
   * A single, syntactically valid address (RFC 822, strict), with no control characters (so no line
   * breaks to smuggle headers in) and no display name; empty otherwise.
   */
  public static Optional<String> valid(String candidate) {
    if (candidate == null
        || candidate.isBlank()
        || candidate.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    try {
      InternetAddress[] parsed = InternetAddress.parse(candidate.strip(), true);
      if (parsed.length != 1 || parsed[0].getPersonal() != null) {
        return Optional.empty();
      }
      parsed[0].validate();
      return Optional.of(parsed[0].getAddress());
    } catch (AddressException e) {
      return Optional.empty();
    }
  }
}
