package br.com.atende.cannedreply.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A canned reply (resposta padrão, seed 004 §4.1): a named plain text with placeholders, owned by
 * one agent (personal) or by one group, whose members use it. Who owns it never changes: a personal
 * reply does not become a group's.
 */
@Entity
@Table(name = "canned_reply")
public class CannedReply {

  public static final int NAME_LENGTH = 120;
  public static final int BODY_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply_seq")
  @SequenceGenerator(
      name = "canned_reply_seq",
      sequenceName = "canned_reply_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  /** Set for a personal reply; null for a group's. */
  @ManyToOne
  @JoinColumn(name = "owner_id", updatable = false)
  private Agent owner;

  /** Set for a group's reply; null for a personal one. */
  @ManyToOne
  @JoinColumn(name = "group_id", updatable = false)
  private AgentGroup group;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = BODY_LENGTH)
  private String body;

  @Version private long version;

  protected CannedReply() {}

  /** A personal reply of the agent. */
  public static CannedReply personal(Agent owner, String name, String body) {
    CannedReply reply = new CannedReply();
    reply.owner = Objects.requireNonNull(owner);
    reply.company = owner.getCompany();
    reply.change(name, body);
    return reply;
  }

  /** A reply shared by the members of the group. */
  public static CannedReply ofGroup(AgentGroup group, String name, String body) {
    CannedReply reply = new CannedReply();
    reply.group = Objects.requireNonNull(group);
    reply.company = group.getCompany();
    reply.change(name, body);
    return reply;
  }

  /** Renames and rewrites it; both required and bounded, with the field named. */
  public final void change(String name, String body) {
    this.name = required("name", name, NAME_LENGTH);
    this.body = required("body", body, BODY_LENGTH);
  }

  private static String required(String field, String text, int length) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "error.required");
    }
    String stripped = text.strip();
    if (stripped.length() > length) {
      throw new InvalidInputException(field, "error.tooLong");
    }
    return stripped;
  }

  public boolean isPersonal() {
    return owner != null;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public Agent getOwner() {
    return owner;
  }

  public AgentGroup getGroup() {
    return group;
  }

  public String getName() {
    return name;
  }

  public String getBody() {
    return body;
  }

  public long getVersion() {
    return version;
  }
}
