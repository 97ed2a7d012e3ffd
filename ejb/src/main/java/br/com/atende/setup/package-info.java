/** What happens when Atende starts: schema migrations, then demo data on a first start. */
package br.com.atende.setup;
