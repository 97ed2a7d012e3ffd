/** The case pages: opening a case, the department queue, the case page. */
package br.com.atende.web.cases;
