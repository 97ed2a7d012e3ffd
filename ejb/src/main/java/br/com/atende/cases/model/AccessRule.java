package br.com.atende.cases.model;

/**
 * Who may see a case (SPEC §2, C4): an agent whose clearance reaches the case's access level, or
 * the agent who holds it. No role overrides this. Queries apply the same rule through {@link
 * #JPQL}, so that it is enforced inside the database query and never by filtering a loaded list.
 */
public final class AccessRule {

  /**
   * The rule as a JPQL condition over a case aliased {@code c}, with parameters {@code :clearance}
   * and {@code :viewerId}.
   */
  public static final String JPQL = "(c.about.accessLevel <= :clearance OR c.holderId = :viewerId)";

  private AccessRule() {}

  /**
   * The rule as a native SQL condition over {@code support_case c}, with the clearance and the
   * viewer's id at the given positional parameters.
   */
  public static String sql(int clearanceParameter, int viewerParameter) {
    return "(c.access_level <= ?"
        + clearanceParameter
        + " OR c.holder_id = ?"
        + viewerParameter
        + ")";
  }

  public static boolean maySee(int clearance, long viewerId, int caseLevel, Long holderId) {
    return caseLevel <= clearance || (holderId != null && holderId == viewerId);
  }
}
