package br.com.atende.timekeeping.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The case's time at a glance (seed 000 "Área de apontamentos"): who worked on it, how long, in how
 * many entries, with how many travels, for what value and what was given away under warranty.
 */
public record TimeSummary(
    List<String> agents,
    long minutes,
    long entries,
    long travels,
    BigDecimal value,
    BigDecimal loss)
    implements Serializable {

  public static final TimeSummary EMPTY =
      new TimeSummary(List.of(), 0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

  /** "12:30": hours and minutes. */
  public String hours() {
    return String.format("%d:%02d", minutes / 60, minutes % 60);
  }
}
