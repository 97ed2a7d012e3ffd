package br.com.atende.timekeeping.application;

import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.model.EntryMode;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the case page's time tab shows when opened, read in one call: the desk's mode, the
 * summary, the first page of entries, and the contracts and standalone services an entry may be
 * charged under (those valid today; the service checks the entry's own day), and the entry
 * templates of the viewer's groups.
 */
public record TimePanel(
    EntryMode mode,
    boolean entryRequired,
    TimeSummary summary,
    List<TimeEntryRow> firstPage,
    List<Choice> contracts,
    List<Choice> services,
    List<EntryTemplateRow> templates)
    implements Serializable {

  public boolean valued() {
    return mode == EntryMode.WITH_VALUATION;
  }
}
