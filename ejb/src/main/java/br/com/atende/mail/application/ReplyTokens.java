package br.com.atende.mail.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reply token of a case: HMAC-SHA256 of its id under the server's secret (table {@code
 * mail_secret}, made on first use), 16 hex digits. Case emails carry it in their Message-ID, {@code
 * <case.42.9f0c…​.case-opened.42@atende.example>}; a reply names that id in In-Reply-To or
 * References, and is matched to case 42 only if the token checks out, so a guessed case id appends
 * nothing.
 */
@PermitAll
@Singleton
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReplyTokens {

  private static final Pattern CASE_MESSAGE_ID =
      // Any domain: the token proves the id, and mail sent before the domain was configured (or
      // changed) is still answered.
      Pattern.compile("<case\\.(\\d{1,18})\\.([0-9a-f]{16})\\.[^@<>\\s]*@[^<>\\s]+>");

  @PersistenceContext private EntityManager em;

  private byte[] secret;

  public String tokenFor(long caseId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
      byte[] digest = mac.doFinal(("case:" + caseId).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Message-ID of a case email: the case, its reply token and the event. */
  public String messageId(long caseId, String eventKey) {
    return "<case."
        + caseId
        + "."
        + tokenFor(caseId)
        + "."
        + eventKey.replaceAll("[^A-Za-z0-9.-]", ".")
        + "@"
        + MailSettings.messageIdDomain()
        + ">";
  }

  /** The case a reply's In-Reply-To/References headers name with a valid token; empty if none. */
  public Optional<Long> caseNamedBy(String headers) {
    if (headers == null) {
      return Optional.empty();
    }
    Matcher ids = CASE_MESSAGE_ID.matcher(headers);
    while (ids.find()) {
      long caseId = Long.parseLong(ids.group(1));
      if (MessageDigest.isEqual(
          tokenFor(caseId).getBytes(StandardCharsets.US_ASCII),
          ids.group(2).getBytes(StandardCharsets.US_ASCII))) {
        return Optional.of(caseId);
      }
    }
    return Optional.empty();
  }

  private byte[] secret() {
    if (secret == null) {
      List<?> stored =
          em.createNativeQuery("SELECT secret FROM mail_secret WHERE id = 1").getResultList();
      if (stored.isEmpty()) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("INSERT INTO mail_secret (id, secret) VALUES (1, ?1)")
            .setParameter(1, HexFormat.of().formatHex(fresh))
            .executeUpdate();
        em.flush();
        secret = fresh;
      } else {
        secret = HexFormat.of().parseHex((String) stored.get(0));
      }
    }
    return secret;
  }
}
