package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.Nature;
import java.io.Serializable;

/**
 * An entry template as the administration lists and edits it; also the command that saves one (id
 * null: new). The time tab offers the same rows, of the viewer's groups, to fill its form.
 */
public record EntryTemplateRow(
    Long id,
    long version,
    Long groupId,
    String groupName,
    String name,
    Nature nature,
    String description)
    implements Serializable {}
