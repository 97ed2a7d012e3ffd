package br.com.atende.queue.bulk;

/** What a bulk action does to each of its cases. */
public enum BulkActionKind {
  /** Adds the same understanding (the agent's restatement of the problem, SPEC C2). */
  UNDERSTANDING,
  /** Transfers to a department and, optionally, one of its agents (SPEC C5). */
  TRANSFER
}
