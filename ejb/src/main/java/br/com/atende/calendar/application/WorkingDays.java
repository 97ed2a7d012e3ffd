package br.com.atende.calendar.application;

import br.com.atende.calendar.model.BusinessCalendar;
import br.com.atende.calendar.model.CompanyCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;

/**
 * A company's working days for the rules that count on them (due dates): its calendar with the
 * company's own holidays of the next weeks, read in one statement (the Carnival choice is cached).
 */
@PermitAll
@Stateless
public class WorkingDays {

  @PersistenceContext private EntityManager em;

  /**
   * The company's calendar, exact from {@code from} for {@link BusinessCalendar#LOOK_AHEAD_DAYS}.
   */
  public BusinessCalendar of(long companyId, LocalDate from) {
    CompanyCalendar choices = em.find(CompanyCalendar.class, companyId);
    var holidays =
        em.createQuery(
                "SELECT h.date FROM CompanyHoliday h WHERE h.company.id = :company"
                    + " AND h.date >= :from AND h.date <= :to",
                LocalDate.class)
            .setParameter("company", companyId)
            .setParameter("from", from)
            .setParameter("to", from.plusDays(BusinessCalendar.LOOK_AHEAD_DAYS + 1L))
            .getResultList();
    return new BusinessCalendar(
        new HashSet<>(holidays), choices != null && choices.worksCarnival());
  }

  /** The company's first working day after {@code day}. */
  public LocalDate nextWorkingDay(long companyId, LocalDate day) {
    return of(companyId, day).nextWorkingDay(day);
  }
}
