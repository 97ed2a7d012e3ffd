package br.com.atende.timekeeping.model;

import br.com.atende.organization.model.AgentGroup;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * An entry template (modelo de apontamento, seed 000): a description, and optionally the nature of
 * the work, that the members of a group pick when they log time, so that the same visit or remote
 * session is described the same way every time.
 */
@Entity
@Table(name = "entry_template")
public class EntryTemplate {

  public static final int NAME_LENGTH = 120;
  public static final int DESCRIPTION_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_template_seq")
  @SequenceGenerator(
      name = "entry_template_seq",
      sequenceName = "entry_template_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private AgentGroup group;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  /** Null: the template leaves the nature the agent chose. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Nature nature;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  @Version private long version;

  protected EntryTemplate() {}

  public EntryTemplate(AgentGroup group, String name, Nature nature, String description) {
    this.group = Objects.requireNonNull(group);
    change(group, name, nature, description);
  }

  /** Changes the template; the name and the description are required and bounded. */
  public final void change(AgentGroup group, String name, Nature nature, String description) {
    this.group = Objects.requireNonNull(group);
    this.name = required("name", name, NAME_LENGTH);
    this.description = required("description", description, DESCRIPTION_LENGTH);
    this.nature = nature;
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

  public Long getId() {
    return id;
  }

  public AgentGroup getGroup() {
    return group;
  }

  public String getName() {
    return name;
  }

  public Nature getNature() {
    return nature;
  }

  public String getDescription() {
    return description;
  }

  public long getVersion() {
    return version;
  }
}
