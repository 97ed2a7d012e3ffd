package br.com.atende.statistics.application;

import java.io.Serializable;
import java.util.List;

/**
 * The cases opened in the period by who holds them (an agent, or a group): the {@link
 * StatisticsService#TOP} holders with most cases by name, the cases nobody holds, and all the other
 * holders' cases together, so that a company of hundreds of agents is still one short chart.
 */
public record Ranking(List<Tally> top, long nobody, long others) implements Serializable {

  public Ranking {
    top = List.copyOf(top);
  }
}
