/**
 * The agent's queues (SPEC C5, C7): the queue tabs with their capped counts, the department queue
 * with its filter over a custom field's values, and its CSV export with one column per custom
 * field. Sits above both cases and custom fields, which it combines.
 */
package br.com.atende.queue.application;
