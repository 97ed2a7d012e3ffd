/**
 * The trash (SPEC C10, seed 004 §4.2): moving a case to it and back, the trash page's list, and the
 * nightly purge job that removes what stayed there longer than seven days.
 */
package br.com.atende.cases.trash;
