/**
 * Case handling use cases, as EJB services: opening a case, the case page, its status, discussion,
 * forwarding, links and search. Every query applies the access rule inside the database. The queues
 * that list cases live above, in {@code queue.application}.
 */
package br.com.atende.cases.application;
