package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.EntryMode;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the case page's time tab shows when opened, read in one call: the desk's mode, the
 * summary and the first page of entries. The entry form's choices come when the form is opened
 * ({@link TimeForm}).
 */
public record TimePanel(
    EntryMode mode, boolean entryRequired, TimeSummary summary, List<TimeEntryRow> firstPage)
    implements Serializable {

  public boolean valued() {
    return mode == EntryMode.WITH_VALUATION;
  }
}
