package br.com.atende.faq.application;

import br.com.atende.faq.model.FaqEntry;
import jakarta.validation.constraints.Size;

/** An agent's request for a new FAQ entry, from a case (caseId) or not (null). */
public record RequestFaqCommand(
    Long caseId,
    @Size(max = FaqEntry.QUESTION_MAX, message = "{error.tooLong}") String question,
    @Size(max = 100_000, message = "{error.tooLong}") String answer) {}
