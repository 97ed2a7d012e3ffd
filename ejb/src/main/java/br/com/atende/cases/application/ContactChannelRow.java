package br.com.atende.cases.application;

import java.io.Serializable;

/** A contact channel as the administrators' list shows it. */
public record ContactChannelRow(
    String code, String namePt, String nameEn, int sortOrder, boolean active)
    implements Serializable {}
