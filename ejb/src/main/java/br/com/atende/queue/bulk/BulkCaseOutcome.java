package br.com.atende.queue.bulk;

/** What became of one case of a bulk action (bulk_action_case.outcome; NULL while to do). */
enum BulkCaseOutcome {
  DONE,
  REFUSED
}
