/**
 * The business calendar (SPEC C9): which days are working days for a company, from weekends,
 * Brazil's national holidays and the company's own holidays; due dates are counted on it.
 */
package br.com.atende.calendar;
