package br.com.atende.calendar.model;

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
import java.time.LocalDate;
import java.util.Objects;

/** A day one company does not work besides the national holidays (its anniversary, a local one). */
@Entity
@Table(name = "company_holiday")
public class CompanyHoliday {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_holiday_seq")
  @SequenceGenerator(
      name = "company_holiday_seq",
      sequenceName = "company_holiday_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @Column(name = "holiday_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false, length = 120)
  private String name;

  protected CompanyHoliday() {}

  public CompanyHoliday(Company company, LocalDate date, String name) {
    this.company = Objects.requireNonNull(company);
    if (date == null) {
      throw new InvalidInputException("holidayDate", "error.required");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("holidayName", "error.required");
    }
    this.date = date;
    this.name = name.strip();
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }
}
