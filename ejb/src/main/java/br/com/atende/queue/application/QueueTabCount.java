package br.com.atende.queue.application;

import java.io.Serializable;

/**
 * A queue tab and how many cases it holds, counted up to {@link QueueService#COUNT_CAP}: {@code
 * capped} says there are more (the page shows "1000+").
 */
public record QueueTabCount(QueueTab tab, long count, boolean capped) implements Serializable {}
