/**
 * The calendar's services: a company's working days for the rules that count on them, and the
 * administrator's page of company holidays.
 */
package br.com.atende.calendar.application;
