package br.com.atende.faq.application;

import br.com.atende.faq.model.FaqEntry;
import jakarta.validation.constraints.Size;

/**
 * A supervisor's approval of a request, in the version they reviewed, with their edits of the
 * question and answer (null keeps the requester's).
 */
public record ApproveFaqCommand(
    long entryId,
    long expectedVersion,
    @Size(max = FaqEntry.QUESTION_MAX, message = "{error.tooLong}") String question,
    @Size(max = 100_000, message = "{error.tooLong}") String answer) {}
