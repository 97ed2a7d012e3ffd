package br.com.atende.statistics.application;

import java.io.Serializable;
import java.util.List;

/**
 * The clients' satisfaction ratings (1 to 5) given in the period through the links of solution
 * emails (cases.notification.SatisfactionRating): how many, their average (null when none) and how
 * many of each value, from 1 to 5.
 */
public record Ratings(long count, Double average, List<Long> distribution) implements Serializable {

  public Ratings {
    distribution = List.copyOf(distribution);
  }
}
