/** What the business areas' Jakarta Batch jobs share: reading ids with a restartable checkpoint. */
package br.com.atende.shared.batch;
