package br.com.atende.calendar.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A company's choices about its calendar: whether it works Carnival Monday and Tuesday, which the
 * law leaves optional. A company without a row does not work them. Cached: every due date reads it.
 */
@Cacheable
@Entity
@Table(name = "company_calendar")
public class CompanyCalendar {

  @Id
  @Column(name = "company_id")
  private Long companyId;

  @Column(name = "works_carnival", nullable = false)
  private boolean worksCarnival;

  protected CompanyCalendar() {}

  public CompanyCalendar(long companyId, boolean worksCarnival) {
    this.companyId = companyId;
    this.worksCarnival = worksCarnival;
  }

  public boolean worksCarnival() {
    return worksCarnival;
  }

  public void worksCarnival(boolean works) {
    this.worksCarnival = works;
  }
}
