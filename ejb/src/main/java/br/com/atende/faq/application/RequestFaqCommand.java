package br.com.atende.faq.application;

import jakarta.validation.constraints.Size;

/** An agent's request for a new FAQ entry, from a case (caseId) or not (null). */
public record RequestFaqCommand(
    Long caseId, @Size(max = 300) String question, @Size(max = 100_000) String answer) {}
