/**
 * The case (atendimento) and the rules that travel with it: its status, priority, human-friendly
 * number and the access rule that decides who may see it.
 */
package br.com.atende.cases.model;
