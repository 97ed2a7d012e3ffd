package br.com.atende.cases.model;

/**
 * How soon a case needs attention (SPEC C1, seed 001 §2): LOW can wait for a gap in the day, NORMAL
 * is worked in order, HIGH jumps the queue, URGENT stops the client's operation and is worked now.
 */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
