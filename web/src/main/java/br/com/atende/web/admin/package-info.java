/** Administration pages. */
package br.com.atende.web.admin;
