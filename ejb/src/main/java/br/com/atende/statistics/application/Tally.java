package br.com.atende.statistics.application;

import java.io.Serializable;

/** One bar of a chart: what was counted (a status, a priority, a department) and how many. */
public record Tally(String key, long count) implements Serializable {}
