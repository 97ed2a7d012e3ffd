/** What every business area shares: the business exception hierarchy and paging of lists. */
package br.com.atende.shared;
