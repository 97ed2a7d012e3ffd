package br.com.atende.timekeeping.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * How a desk (department) takes time entries (seed 000, SPEC C3): off, without valuation or with
 * it, and whether a case needs an entry before it may be concluded. A desk without a row takes
 * entries without valuation and requires none, which is how every desk worked before the setting
 * existed. Kept apart from {@code Department}, which every page reads; cached like it (reference
 * data, written only through JPA by the administrator).
 */
@Cacheable
@Entity
@Table(name = "desk_time_settings")
public class DeskSettings {

  public static final EntryMode DEFAULT_MODE = EntryMode.WITHOUT_VALUATION;

  @Id
  @Column(name = "department_id")
  private Long departmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_mode", nullable = false, length = 20)
  private EntryMode mode;

  @Column(name = "entry_required", nullable = false)
  private boolean entryRequired;

  protected DeskSettings() {}

  public DeskSettings(long departmentId, EntryMode mode, boolean entryRequired) {
    this.departmentId = departmentId;
    change(mode, entryRequired);
  }

  public static DeskSettings defaults(long departmentId) {
    return new DeskSettings(departmentId, DEFAULT_MODE, false);
  }

  public final void change(EntryMode mode, boolean entryRequired) {
    this.mode = Objects.requireNonNull(mode);
    // A desk that takes no entries cannot require one: no case could ever be concluded.
    this.entryRequired = mode.takesEntries() && entryRequired;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public EntryMode getMode() {
    return mode;
  }

  public boolean isEntryRequired() {
    return entryRequired;
  }
}
