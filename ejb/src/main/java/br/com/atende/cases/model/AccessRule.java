package br.com.atende.cases.model;

/**
 * Who may see a case (SPEC §2, C4): an agent whose clearance reaches the case's access level, or
 * the agent who holds it. No role overrides this. Queries apply the same rule through {@link
 * #JPQL}, so that it is enforced inside the database query and never by filtering a loaded list.
 *
 * <p>A case in the trash (SPEC C10) is seen by nobody but the trash page: the rule every query
 * already reads also says "not deleted", so one condition, not one per query, takes a deleted case
 * out of every list, count, search, timeline and report at once. The trash page reads {@link
 * #TRASHED_JPQL} instead.
 */
public final class AccessRule {

  private static final String LEVEL_OR_HOLDER =
      "(c.about.accessLevel <= :clearance OR c.holderId = :viewerId)";

  /**
   * The rule as a JPQL condition over a case aliased {@code c}, with parameters {@code :clearance}
   * and {@code :viewerId}.
   */
  public static final String JPQL = "(c.deletedAt IS NULL AND " + LEVEL_OR_HOLDER + ")";

  /** The same rule over the cases in the trash, for the trash page and nothing else. */
  public static final String TRASHED_JPQL = "(c.deletedAt IS NOT NULL AND " + LEVEL_OR_HOLDER + ")";

  private AccessRule() {}

  /**
   * The rule as a native SQL condition over {@code support_case c}, with the clearance and the
   * viewer's id at the given positional parameters.
   */
  public static String sql(int clearanceParameter, int viewerParameter) {
    return "(c.deleted_at IS NULL AND (c.access_level <= ?"
        + clearanceParameter
        + " OR c.holder_id = ?"
        + viewerParameter
        + "))";
  }

  public static boolean maySee(int clearance, long viewerId, int caseLevel, Long holderId) {
    return caseLevel <= clearance || (holderId != null && holderId == viewerId);
  }
}
