package br.com.atende.cases.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * How the client reached the company ("0800", phone, e-mail, chat …): configuration, keyed by a
 * code, named in both languages.
 */
@Cacheable
@Entity
@Table(name = "contact_channel")
public class ContactChannel implements Serializable {

  @Id
  @Column(length = 30)
  private String code;

  @Column(name = "name_pt", nullable = false, length = 80)
  private String namePt;

  @Column(name = "name_en", nullable = false, length = 80)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  protected ContactChannel() {}

  public ContactChannel(String code, String namePt, String nameEn, int sortOrder) {
    this.code = Objects.requireNonNull(code);
    rename(namePt, nameEn, sortOrder);
  }

  /** Changes the names and the place in the pickers; the code stays (cases name it). */
  public void rename(String newNamePt, String newNameEn, int newSortOrder) {
    this.namePt = Objects.requireNonNull(newNamePt);
    this.nameEn = Objects.requireNonNull(newNameEn);
    this.sortOrder = newSortOrder;
  }

  /** Leaves the pickers; stays on the cases that name it. */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  public String getNamePt() {
    return namePt;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getCode() {
    return code;
  }

  public String nameIn(Locale locale) {
    return locale.getLanguage().equals("en") ? nameEn : namePt;
  }

  public boolean isActive() {
    return active;
  }
}
