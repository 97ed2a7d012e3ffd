package br.com.atende.cases.application;

import java.io.Serializable;

/**
 * A contact of a case's party or representative as the case page lists it, with what the viewer may
 * do to it by the contact rules (SPEC C1).
 */
public record CaseContactRow(
    long id,
    long version,
    String name,
    String email,
    String phone,
    boolean ofRepresentative,
    boolean imported,
    boolean editable,
    boolean deletable)
    implements Serializable {}
