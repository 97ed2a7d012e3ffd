package br.com.atende.organization.model;

import br.com.atende.shared.CatalogueEntry;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A group of agents (grupo de atendentes) under a department: a case forwarded to the group queues
 * for every member, who may be of any company of the enterprise group (SPEC C5).
 */
@Cacheable
@Entity
@Table(name = "agent_group")
public class AgentGroup extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_group_seq")
  @SequenceGenerator(
      name = "agent_group_seq",
      sequenceName = "agent_group_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @ManyToMany
  @JoinTable(
      name = "agent_group_member",
      joinColumns = @JoinColumn(name = "group_id"),
      inverseJoinColumns = @JoinColumn(name = "agent_id"))
  private Set<Agent> members = new HashSet<>();

  @Version private long version;

  protected AgentGroup() {}

  public AgentGroup(Department department, String name) {
    super(name);
    this.department = Objects.requireNonNull(department);
    this.company = department.getCompany();
  }

  public AgentGroup with(Agent member) {
    members.add(Objects.requireNonNull(member));
    return this;
  }

  /** Takes the agent out of the group; cases it holds stay with it. */
  public boolean without(Agent member) {
    return members.removeIf(member::isSameAs);
  }

  public boolean hasMembers() {
    return !members.isEmpty();
  }

  public boolean hasMember(Agent agent) {
    return agent != null && members.stream().anyMatch(agent::isSameAs);
  }

  /** The active members, who are told when a case is forwarded to the group. */
  public Set<Agent> activeMembers() {
    Set<Agent> active = new HashSet<>();
    for (Agent member : members) {
      if (member.isActive()) {
        active.add(member);
      }
    }
    return active;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public Department getDepartment() {
    return department;
  }
}
