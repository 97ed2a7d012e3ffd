package br.com.atende.calendar.application;

import br.com.atende.calendar.model.CompanyCalendar;
import br.com.atende.calendar.model.CompanyHoliday;
import br.com.atende.calendar.model.NationalHolidays;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The administrator keeps each company's own holidays and its Carnival choice (SPEC C9): the
 * business calendar counts due dates on them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class HolidayAdminService {

  @PersistenceContext private EntityManager em;

  public List<Choice> companies() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(x.id, x.name) FROM Company x ORDER BY x.name",
            Choice.class)
        .getResultList();
  }

  /** One page of the company's holidays, newest first unless ascending is asked for. */
  public List<HolidayRow> holidays(long companyId, PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.calendar.application.HolidayRow(h.id, h.date, h.name)"
                + " FROM CompanyHoliday h WHERE h.company.id = :company ORDER BY h.date "
                + (page.ascending() ? "ASC" : "DESC"),
            HolidayRow.class)
        .setParameter("company", companyId)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many holidays the company has, capped as every count. */
  public CappedCount countHolidays(long companyId) {
    return CappedCount.count(
        em.createQuery(
                "SELECT h.id FROM CompanyHoliday h WHERE h.company.id = :company", Long.class)
            .setParameter("company", companyId));
  }

  /** Adds a holiday; a day the company already has, or a national holiday, is refused. */
  public long addHoliday(long companyId, LocalDate date, String name) {
    Company company = em.find(Company.class, companyId);
    if (company == null) {
      throw new NotFoundException();
    }
    CompanyHoliday holiday = new CompanyHoliday(company, date, name);
    if (NationalHolidays.of(date.getYear(), true).containsKey(date)) {
      throw new InvalidInputException("holidayDate", "error.holiday.national");
    }
    boolean taken =
        !em.createQuery(
                "SELECT h.id FROM CompanyHoliday h WHERE h.company.id = :company AND h.date = :date",
                Long.class)
            .setParameter("company", companyId)
            .setParameter("date", date)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException("holidayDate", "error.holiday.taken");
    }
    em.persist(holiday);
    em.flush();
    return holiday.getId();
  }

  public void removeHoliday(long holidayId) {
    CompanyHoliday holiday = em.find(CompanyHoliday.class, holidayId);
    if (holiday == null) {
      throw new NotFoundException();
    }
    em.remove(holiday);
  }

  public boolean worksCarnival(long companyId) {
    CompanyCalendar calendar = em.find(CompanyCalendar.class, companyId);
    return calendar != null && calendar.worksCarnival();
  }

  public void setWorksCarnival(long companyId, boolean works) {
    if (em.find(Company.class, companyId) == null) {
      throw new NotFoundException();
    }
    CompanyCalendar calendar = em.find(CompanyCalendar.class, companyId);
    if (calendar == null) {
      em.persist(new CompanyCalendar(companyId, works));
    } else {
      calendar.worksCarnival(works);
    }
  }

  /** The national holidays of a year, for the page to show beside the company's own. */
  public Map<LocalDate, String> nationalHolidays(int year) {
    return NationalHolidays.of(year, true);
  }
}
