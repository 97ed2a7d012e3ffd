/** The statistics service and the figures it returns. */
package br.com.atende.statistics.application;
