package br.com.atende.queue.bulk;

/**
 * A bulk action started on a whole queue tab: its id, how many cases it took, and whether the tab
 * held more than {@link BulkActionService#MAX_CASES} (only the first were taken).
 */
public record BulkActionStarted(long id, int cases, boolean capped) {}
