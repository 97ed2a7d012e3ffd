package br.com.atende.calendar.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brazil's national holidays of a year: the fixed ones (Lei 662/1949, 6.802/1980 and 14.759/2023,
 * which made 20 November national from 2024) and those the Church's calendar moves with Easter.
 * Carnival Monday and Tuesday are "pontos facultativos", not holidays by law; whether a company
 * works them is its choice ({@link BusinessCalendar}).
 */
public final class NationalHolidays {

  /** The fixed national holidays, with the name the calendar shows. */
  private static final Map<MonthDay, String> FIXED =
      Map.of(
          MonthDay.of(1, 1), "Confraternização Universal",
          MonthDay.of(4, 21), "Tiradentes",
          MonthDay.of(5, 1), "Dia do Trabalho",
          MonthDay.of(9, 7), "Independência do Brasil",
          MonthDay.of(10, 12), "Nossa Senhora Aparecida",
          MonthDay.of(11, 2), "Finados",
          MonthDay.of(11, 15), "Proclamação da República",
          MonthDay.of(11, 20), "Dia Nacional de Zumbi e da Consciência Negra",
          MonthDay.of(12, 25), "Natal");

  /** The first year 20 November is a national holiday (Lei 14.759/2023). */
  private static final int BLACK_CONSCIOUSNESS_SINCE = 2024;

  private static final MonthDay BLACK_CONSCIOUSNESS = MonthDay.of(11, 20);

  private NationalHolidays() {}

  /**
   * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
   */
  public static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** Carnival Monday and Tuesday: 48 and 47 days before Easter. */
  public static List<LocalDate> carnival(int year) {
    LocalDate easter = easter(year);
    return List.of(easter.minusDays(48), easter.minusDays(47));
  }

  public static LocalDate goodFriday(int year) {
    return easter(year).minusDays(2);
  }

  /** Corpus Christi: the Thursday 60 days after Easter. */
  public static LocalDate corpusChristi(int year) {
    return easter(year).plusDays(60);
  }

  /**
   * The year's national holidays by day, with their names; Carnival only when asked for, since it
   * is optional.
   */
  public static Map<LocalDate, String> of(int year, boolean withCarnival) {
    Map<LocalDate, String> days = new TreeMap<>();
    FIXED.forEach(
        (monthDay, name) -> {
          if (!monthDay.equals(BLACK_CONSCIOUSNESS) || year >= BLACK_CONSCIOUSNESS_SINCE) {
            days.put(monthDay.atYear(year), name);
          }
        });
    days.put(goodFriday(year), "Paixão de Cristo");
    days.put(corpusChristi(year), "Corpus Christi");
    if (withCarnival) {
      List<LocalDate> carnival = carnival(year);
      days.put(carnival.get(0), "Carnaval (ponto facultativo)");
      days.put(carnival.get(1), "Carnaval (ponto facultativo)");
    }
    return days;
  }
}
