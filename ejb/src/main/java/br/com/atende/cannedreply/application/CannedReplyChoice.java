package br.com.atende.cannedreply.application;

import java.io.Serializable;

/**
 * One line of the composer's picker: the reply's id and name, and the group's name (null: mine).
 */
public record CannedReplyChoice(long id, String name, String groupName) implements Serializable {}
