package br.com.atende.calendar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Easter and the holidays it moves, 2024–2030, against dates written out by hand. */
class NationalHolidaysTest {

  /** Year, Easter, Carnival Monday, Carnival Tuesday, Good Friday, Corpus Christi. */
  private static final List<List<LocalDate>> TABLE =
      List.of(
          days("2024-03-31", "2024-02-12", "2024-02-13", "2024-03-29", "2024-05-30"),
          days("2025-04-20", "2025-03-03", "2025-03-04", "2025-04-18", "2025-06-19"),
          days("2026-04-05", "2026-02-16", "2026-02-17", "2026-04-03", "2026-06-04"),
          days("2027-03-28", "2027-02-08", "2027-02-09", "2027-03-26", "2027-05-27"),
          days("2028-04-16", "2028-02-28", "2028-02-29", "2028-04-14", "2028-06-15"),
          days("2029-04-01", "2029-02-12", "2029-02-13", "2029-03-30", "2029-05-31"),
          days("2030-04-21", "2030-03-04", "2030-03-05", "2030-04-19", "2030-06-20"));

  static List<List<LocalDate>> table() {
    return TABLE;
  }

  @ParameterizedTest
  @MethodSource("table")
  void easterAndTheHolidaysItMovesFallOnTheDaysOfTheTable(List<LocalDate> row) {
    int year = row.get(0).getYear();
    assertEquals(row.get(0), NationalHolidays.easter(year));
    assertEquals(List.of(row.get(1), row.get(2)), NationalHolidays.carnival(year));
    assertEquals(row.get(3), NationalHolidays.goodFriday(year));
    assertEquals(row.get(4), NationalHolidays.corpusChristi(year));
  }

  @ParameterizedTest
  @MethodSource("table")
  void aYearHasTheNineFixedHolidaysGoodFridayAndCorpusChristiAndCarnivalOnlyWhenAsked(
      List<LocalDate> row) {
    int year = row.get(0).getYear();
    Map<LocalDate, String> withoutCarnival = NationalHolidays.of(year, false);
    Map<LocalDate, String> withCarnival = NationalHolidays.of(year, true);

    assertEquals(11, withoutCarnival.size());
    assertEquals(13, withCarnival.size());
    assertTrue(withoutCarnival.containsKey(row.get(3)));
    assertTrue(withoutCarnival.containsKey(row.get(4)));
    assertFalse(withoutCarnival.containsKey(row.get(1)));
    assertTrue(withCarnival.containsKey(row.get(1)));
    assertTrue(withCarnival.containsKey(row.get(2)));
    for (String fixed :
        List.of("01-01", "04-21", "05-01", "09-07", "10-12", "11-02", "11-15", "11-20", "12-25")) {
      assertTrue(withoutCarnival.containsKey(LocalDate.parse(year + "-" + fixed)), fixed);
    }
  }

  @Test
  void theTwentiethOfNovemberIsANationalHolidayFrom2024Only() {
    assertFalse(NationalHolidays.of(2023, false).containsKey(LocalDate.of(2023, 11, 20)));
    assertTrue(NationalHolidays.of(2024, false).containsKey(LocalDate.of(2024, 11, 20)));
  }

  @Test
  void easterOfWellKnownEarlierYearsIsRight() {
    assertEquals(LocalDate.of(2000, 4, 23), NationalHolidays.easter(2000));
    assertEquals(LocalDate.of(2019, 4, 21), NationalHolidays.easter(2019));
    assertEquals(LocalDate.of(1818, 3, 22), NationalHolidays.easter(1818));
  }

  private static List<LocalDate> days(String... iso) {
    return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
  }
}
