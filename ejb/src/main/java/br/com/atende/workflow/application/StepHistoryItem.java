package br.com.atende.workflow.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry into a workflow step, as the case page's step history lists it. */
public record StepHistoryItem(
    int stepOrder,
    String stepName,
    String byName,
    String toAgentName,
    String toGroupName,
    LocalDateTime enteredAt)
    implements Serializable {}
