package br.com.atende.shared;

import java.io.Serializable;

/** One entry of a select list: what is stored (the id) and what the agent reads (the name). */
public record Choice(long id, String name) implements Serializable {}
