package br.com.atende.organization.model;

/**
 * The roles of SPEC §2, as the server's security domain knows them (table agent_role). A supervisor
 * is also an agent; an administrator configures and need not work cases.
 */
public enum Role {
  AGENT,
  SUPERVISOR,
  ADMIN;

  /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final class Names {
    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
