package br.com.atende.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** One system-wide setting an administrator changes at run time, stored as text. */
@Entity
@Table(name = "system_setting")
public class SystemSetting {

  @Id
  @Column(length = 80)
  private String name;

  /** "value" is a reserved word in H2, hence the column's name. */
  @Column(name = "setting_value", nullable = false, length = 200)
  private String value;

  protected SystemSetting() {}

  public SystemSetting(String name, String value) {
    this.name = Objects.requireNonNull(name);
    this.value = Objects.requireNonNull(value);
  }

  public String getValue() {
    return value;
  }

  public void change(String value) {
    this.value = Objects.requireNonNull(value);
  }
}
