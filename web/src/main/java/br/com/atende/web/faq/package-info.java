/** Pages of the FAQ and tips (SPEC C8): the case page's FAQ tab, search, review, knowledge. */
package br.com.atende.web.faq;
