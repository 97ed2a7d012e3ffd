/** Pages for supervisors: the statistics. */
package br.com.atende.web.supervision;
