/**
 * Watching the SQL the application issues: EclipseLink reports every statement to {@link
 * br.com.atende.shared.sql.StatementListener}, which keeps it only while a {@link
 * br.com.atende.shared.sql.StatementRecorder} recording runs on that thread (the statement-budget
 * tests), and {@link br.com.atende.shared.sql.UncappedCount} tells a count that reads a whole
 * history from one capped like the queue tabs'.
 */
package br.com.atende.shared.sql;
