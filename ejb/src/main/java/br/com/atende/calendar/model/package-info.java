/**
 * The calendar's rules, free of the container: Brazil's national holidays (fixed and derived from
 * Easter), the working-day arithmetic and a company's own holidays.
 */
package br.com.atende.calendar.model;
