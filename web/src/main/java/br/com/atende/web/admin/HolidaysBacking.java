package br.com.atende.web.admin;

import br.com.atende.calendar.application.HolidayAdminService;
import br.com.atende.calendar.application.HolidayRow;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The administrator's company holidays page (SPEC C9): pick a company, add or remove its own
 * holidays (paged in the database) and say whether it works Carnival; the national holidays of the
 * year are shown beside them.
 */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HolidayAdminService admin;

  private List<Choice> companies = List.of();
  private Long companyId;
  private boolean worksCarnival;
  private LocalDate holidayDate;
  private String holidayName;
  private int year = LocalDate.now().getYear();
  private Map<LocalDate, String> national = Map.of();

  private final LazyDataModel<HolidayRow> holidays =
      new PagedModel<>(
          page -> companyId == null ? List.of() : admin.holidays(companyId, page),
          () -> companyId == null ? 0 : admin.countHolidays(companyId).value(),
          HolidayRow::id);

  public void load() {
    companies = admin.companies();
    if (companyId == null && !companies.isEmpty()) {
      companyId = companies.get(0).id();
    }
    companyChosen();
    national = admin.nationalHolidays(year);
  }

  public void companyChosen() {
    worksCarnival = companyId != null && admin.worksCarnival(companyId);
  }

  public void saveCarnival() {
    try {
      admin.setWorksCarnival(companyId, worksCarnival);
      Feedback.info("admin.holidays.saved");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void add() {
    try {
      admin.addHoliday(companyId, holidayDate, holidayName);
      Feedback.info("admin.holidays.added");
      holidayDate = null;
      holidayName = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void remove(long holidayId) {
    try {
      admin.removeHoliday(holidayId);
      Feedback.info("admin.holidays.removed");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public boolean isWorksCarnival() {
    return worksCarnival;
  }

  public void setWorksCarnival(boolean worksCarnival) {
    this.worksCarnival = worksCarnival;
  }

  public LocalDate getHolidayDate() {
    return holidayDate;
  }

  public void setHolidayDate(LocalDate holidayDate) {
    this.holidayDate = holidayDate;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }

  public int getYear() {
    return year;
  }

  public List<Map.Entry<LocalDate, String>> getNational() {
    return List.copyOf(national.entrySet());
  }

  public LazyDataModel<HolidayRow> getHolidays() {
    return holidays;
  }
}
