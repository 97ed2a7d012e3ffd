package br.com.atende.cases.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of the hash chain over the audit trail: a row's hash is SHA-256 over the previous row's
 * hash and the row's canonical content (its place in the chain, id, case, field, both values, who,
 * when). Each value is written with its length, so no two different rows read the same ("a|b" + "c"
 * is not "a" + "b|c"), and null is told apart from the empty text.
 */
public final class AuditChain {

  /** The "previous hash" of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String link(String previousHash, AuditRow row) {
    StringBuilder content = new StringBuilder(previousHash).append('\n');
    append(content, Long.toString(row.seq()));
    append(content, Long.toString(row.id()));
    append(content, Long.toString(row.caseId()));
    append(content, row.field());
    append(content, row.oldValue());
    append(content, row.newValue());
    append(content, row.changedBy() == null ? null : row.changedBy().toString());
    append(content, row.changedAt() == null ? null : row.changedAt().toString());
    return HexFormat.of()
        .formatHex(sha256().digest(content.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void append(StringBuilder content, String value) {
    if (value == null) {
      content.append("-|");
    } else {
      content.append(value.length()).append(':').append(value).append('|');
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
