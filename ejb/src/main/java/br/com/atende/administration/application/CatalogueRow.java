package br.com.atende.administration.application;

import java.io.Serializable;

/**
 * A catalogue entry as the administrators' list shows it.
 *
 * @param owner what it belongs to, with the company's name first where that is not the owner
 * @param detail what the kind shows beside the name (a company's code, a level), or null
 */
public record CatalogueRow(long id, String owner, String name, String detail, boolean active)
    implements Serializable {}
