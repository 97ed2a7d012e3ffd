/**
 * Importing parties, their contacts and their cases from a CSV file as a restartable Jakarta Batch
 * job (issue 14): the file, the job's progress and the report of the rows it refused. An area of
 * its own above party, cases and mail, whose rules (tax id, email address, case numbers) it reuses.
 */
package br.com.atende.importing;
