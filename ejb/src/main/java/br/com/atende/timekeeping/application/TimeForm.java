package br.com.atende.timekeeping.application;

import br.com.atende.shared.Choice;
import java.io.Serializable;
import java.util.List;

/**
 * The choices of the time tab's entry form, read when the form is opened rather than with the panel
 * (most openings of the tab only read it): the contracts and standalone services an entry may be
 * charged under (those valid today; the service checks the entry's own day) and the entry templates
 * of the viewer's groups.
 */
public record TimeForm(
    List<Choice> contracts, List<Choice> services, List<EntryTemplateRow> templates)
    implements Serializable {

  public static final TimeForm NONE = new TimeForm(List.of(), List.of(), List.of());
}
