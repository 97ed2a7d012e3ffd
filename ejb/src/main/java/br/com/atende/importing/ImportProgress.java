package br.com.atende.importing;

import java.io.Serializable;

/** How far an import got: rows handled out of the file's rows, and what they added or why not. */
public record ImportProgress(
    long importId,
    String fileName,
    ImportState state,
    long rowsRead,
    long totalRows,
    long partiesAdded,
    long contactsAdded,
    long casesAdded,
    long rowsRefused)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** 0 to 100. */
  public int percent() {
    if (state == ImportState.COMPLETED) {
      return 100;
    }
    return totalRows == 0 ? 0 : (int) Math.min(99, 100L * rowsRead / totalRows);
  }

  public boolean isRunning() {
    return state == ImportState.RUNNING;
  }

  public boolean isCompleted() {
    return state == ImportState.COMPLETED;
  }
}
