package br.com.atende.statistics.application;

import java.io.Serializable;

/**
 * How long the cases took from their opening to something (the first answer, the conclusion): over
 * how many cases, and the mean and the median in seconds (null when no case counts).
 */
public record Elapsed(long cases, Double meanSeconds, Double medianSeconds)
    implements Serializable {

  /**
   * The mean in hours, one decimal; null when no case counts. A bean getter, not a component: the
   * page's EL reads a record's components and, beyond them, only bean properties.
   */
  public Double getMeanHours() {
    return hours(meanSeconds);
  }

  public Double getMedianHours() {
    return hours(medianSeconds);
  }

  private static Double hours(Double seconds) {
    return seconds == null ? null : Math.round(seconds / 360.0) / 10.0;
  }
}
