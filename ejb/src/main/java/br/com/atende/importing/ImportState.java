package br.com.atende.importing;

/** Where an import stands, as its page shows it. */
public enum ImportState {
  RUNNING,
  COMPLETED,
  INTERRUPTED
}
