/**
 * The administrator's data-subject services: the export archive, the anonymization in bulk SQL, and
 * the retention setting per company read by the purge job.
 */
package br.com.atende.dataprotection.application;
