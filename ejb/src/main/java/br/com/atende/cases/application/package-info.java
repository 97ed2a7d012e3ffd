/**
 * Case handling use cases, as EJB services: opening a case, the department queue, the case page.
 * Every query applies the access rule inside the database.
 */
package br.com.atende.cases.application;
