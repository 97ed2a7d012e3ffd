package br.com.atende.administration.application;

import java.io.Serializable;

/** A department as the administrators' list shows it, with its company's name. */
public record DepartmentRow(long id, String company, String name, boolean active)
    implements Serializable {}
