import br.com.atende.cases.audit.ChainSealing;
import br.com.atende.cases.audit.ChainVerification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * The audit chain over a large trail (issue 13), with the application's own classes (ChainSealing,
 * ChainVerification) on plain JDBC: seals every row of case_audit, walks the whole chain, alters
 * one row in the middle by SQL (switching the append-only trigger off as the table's owner) and
 * walks again, which must name exactly that row; then puts the row back. Run by
 * bench/audit-chain.sh, which builds the database and the rows.
 */
public class AuditChainBench {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    try (Connection connection = DriverManager.getConnection(url, "atende_test", "atende_test")) {
      connection.setAutoCommit(false);
      long started = System.nanoTime();
      long sealed = 0;
      int chunk;
      while ((chunk = ChainSealing.sealNext(connection, 10_000, LocalDateTime.now())) > 0) {
        connection.commit();
        sealed += chunk;
        if (sealed % 500_000 == 0) {
          System.out.printf("  sealed %,d rows, %.1f s%n", sealed, seconds(started));
        }
      }
      connection.commit();
      System.out.printf("Sealing: %,d rows in %.1f s%n", sealed, seconds(started));

      connection.setAutoCommit(true);
      started = System.nanoTime();
      ChainVerification.Outcome whole = ChainVerification.walk(connection, 10_000);
      System.out.printf(
          "Verification: %,d rows in %.1f s, head %d %s, break %s%n",
          whole.checked(), seconds(started), whole.headPlace(), whole.headHash(), whole.firstBreak());

      long middle = whole.headPlace() / 2;
      String original;
      long id;
      try (Statement sql = connection.createStatement()) {
        var row =
            sql.executeQuery(
                "SELECT id, new_value FROM case_audit WHERE chain_seq = " + middle);
        row.next();
        id = row.getLong(1);
        original = row.getString(2);
        row.close();
        connection.setAutoCommit(false);
        sql.execute("ALTER TABLE case_audit DISABLE TRIGGER case_audit_append_only");
        sql.execute("UPDATE case_audit SET new_value = 'alterado' WHERE id = " + id);
        sql.execute("ALTER TABLE case_audit ENABLE TRIGGER case_audit_append_only");
        connection.commit();
        connection.setAutoCommit(true);
      }
      started = System.nanoTime();
      ChainVerification.Outcome broken = ChainVerification.walk(connection, 10_000);
      System.out.printf(
          "Verification after altering row %d (place %d): stopped after %,d rows in %.1f s at %s%n",
          id, middle, broken.checked(), seconds(started), broken.firstBreak());
      if (broken.firstBreak() == null || broken.firstBreak().auditId() != id) {
        throw new AssertionError("the altered row was not named");
      }
      try (var put =
          connection.prepareStatement("UPDATE case_audit SET new_value = ? WHERE id = ?")) {
        connection.setAutoCommit(false);
        connection.createStatement().execute("ALTER TABLE case_audit DISABLE TRIGGER case_audit_append_only");
        put.setString(1, original);
        put.setLong(2, id);
        put.executeUpdate();
        connection.createStatement().execute("ALTER TABLE case_audit ENABLE TRIGGER case_audit_append_only");
        connection.commit();
      }
    }
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }
}
