package br.com.atende.workflow.application;

import java.io.Serializable;

/**
 * Where a case stands in its workflow, for the case page: no workflow, not started (no current
 * step), or a step; and the step "advance step" would move it to, if any.
 */
public record WorkflowState(
    boolean hasWorkflow,
    Integer currentOrder,
    String currentName,
    String nextName,
    long caseVersion)
    implements Serializable {}
