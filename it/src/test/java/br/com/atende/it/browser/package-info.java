/**
 * Browser tests: an agent at a real headless Chromium, against the built EAR deployed as it ships.
 */
package br.com.atende.it.browser;
