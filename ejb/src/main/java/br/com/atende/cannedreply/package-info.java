/**
 * Canned replies (respostas padrão, seed 004 §4.1, SPEC C13): texts an agent inserts into a reply
 * instead of typing them again, personal or shared by a group, with placeholders the server fills
 * for a case. Above {@code cases}: it reads a case to fill one, the cases know nothing of it.
 */
package br.com.atende.cannedreply;
