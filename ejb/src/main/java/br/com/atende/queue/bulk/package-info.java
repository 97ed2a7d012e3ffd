/**
 * Bulk actions on the queue (issue 14): an understanding or a transfer applied to more cases than a
 * request should hold, as a restartable Jakarta Batch job acting with the rules of the agent who
 * started it, each case all or none, with a report of the refused ones.
 */
package br.com.atende.queue.bulk;
