package br.com.atende.timekeeping.report;

/**
 * Where a report stands, from its job execution: running (or about to), done, or interrupted
 * (failed, stopped, or left behind by a server that went down) and resumable from its last chunk.
 */
public enum ReportState {
  RUNNING,
  COMPLETED,
  INTERRUPTED
}
