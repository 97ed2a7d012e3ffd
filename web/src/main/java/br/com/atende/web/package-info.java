/** The JSF pages' backing beans: view state and one service call per action, nothing more. */
package br.com.atende.web;
