/** The canned reply and the rule that fills its placeholders for a case. */
package br.com.atende.cannedreply.model;
