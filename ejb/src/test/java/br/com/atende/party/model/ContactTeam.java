package br.com.atende.party.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The people of the contact rules' tests (ContactTest, and ContactRulesTest with a case's rules in
 * between): ana and bruno, agents of support who may edit and delete contacts; carla, support's
 * supervisor; diego, billing's supervisor; and Maria, the party.
 */
public abstract class ContactTeam {

  protected static final Set<Permission> EDIT_AND_DELETE =
      EnumSet.of(Permission.CONTACT_EDIT, Permission.CONTACT_DELETE);

  protected final Company acme = new Company("ACME", "ACME");
  protected final Department support = new Department(acme, "Suporte");
  protected final Department billing = new Department(acme, "Financeiro");
  protected final Agent ana = agent(support, "ana", EDIT_AND_DELETE, Role.AGENT);
  protected final Agent bruno = agent(support, "bruno", EDIT_AND_DELETE, Role.AGENT);
  protected final Agent carla =
      agent(support, "carla", EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
  protected final Agent diego =
      agent(billing, "diego", EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
  protected final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  protected static Agent agent(
      Department department, String login, Set<Permission> permissions, Role... roles) {
    return new Agent(
            department, login, login, login + "@example.com", "x", 1, EnumSet.of(roles[0], roles))
        .withProfile(new Profile("p-" + login, permissions));
  }
}
