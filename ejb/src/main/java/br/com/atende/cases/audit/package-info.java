/**
 * What keeps the case audit trail honest and who read a case: the hash chain sealed over the audit
 * rows after they commit and its verification (issue 13), and the record of every opening of a case
 * page, written in batches off the request.
 */
package br.com.atende.cases.audit;
