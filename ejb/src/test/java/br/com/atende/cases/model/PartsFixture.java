package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** The company, departments, agents and party the tests of a case's parts share. */
class PartsFixture {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  final Company acme = new Company("ACME", "ACME");
  final Company other = new Company("OTHER", "Other");
  final Department support = new Department(acme, "Suporte");
  final Department billing = new Department(acme, "Financeiro");
  final Agent ana = agent(support, "ana", Set.of(Permission.CASE_FORWARD), Role.AGENT);
  final Agent bruno = agent(support, "bruno", Set.of(), Role.AGENT);
  final Agent carla = agent(support, "carla", Set.of(), Role.AGENT, Role.SUPERVISOR);
  final Agent diego = agent(billing, "diego", Set.of(Permission.CASE_FORWARD), Role.AGENT);
  final Party maria = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  /** A case of ACME's support desk for Maria, held by {@code holder} (none when null). */
  Case newCase(Agent holder) {
    return new Case(
        new CaseNumber(2026, 9),
        ana,
        support,
        maria,
        null,
        "Assunto",
        "Pedido",
        Priority.NORMAL,
        0,
        NOW,
        null,
        holder);
  }

  static Agent agent(
      Department department, String login, Set<Permission> permissions, Role... roles) {
    return new Agent(
            department, login, login, login + "@acme.example", "x", 1, EnumSet.of(roles[0], roles))
        .withProfile(
            new Profile(
                "p-" + login,
                permissions.isEmpty()
                    ? EnumSet.noneOf(Permission.class)
                    : EnumSet.copyOf(permissions)));
  }
}
