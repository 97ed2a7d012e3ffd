package br.com.atende.workflow.model;

/** Who a workflow step hands the case to when the case enters it (SPEC C5). */
public enum StepTarget {
  /** The step's agent group: the case queues for every member. */
  GROUP,
  /** The step's agent. */
  AGENT,
  /** Rule: back to the agent who opened the case. */
  OPENER,
  /** Rule: the case stays with whoever holds it now. */
  HOLDER
}
