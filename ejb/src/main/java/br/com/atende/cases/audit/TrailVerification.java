package br.com.atende.cases.audit;

import br.com.atende.shared.CappedCount;
import java.time.LocalDateTime;

/**
 * What one verification of the audit trail found: how many sealed rows it checked, the head it
 * reached (place and hash: the day's anchor, to be kept outside the database), the rows still
 * waiting to be sealed (capped), and the first row that does not hold, if any.
 */
public record TrailVerification(
    LocalDateTime verifiedAt,
    long checked,
    long headPlace,
    String headHash,
    CappedCount pending,
    ChainBreak firstBreak)
    implements java.io.Serializable {

  public boolean holds() {
    return firstBreak == null;
  }
}
