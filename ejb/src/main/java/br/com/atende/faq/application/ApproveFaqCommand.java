package br.com.atende.faq.application;

import jakarta.validation.constraints.Size;

/**
 * A supervisor's approval of a request, in the version they reviewed, with their edits of the
 * question and answer (null keeps the requester's).
 */
public record ApproveFaqCommand(
    long entryId,
    long expectedVersion,
    @Size(max = 300) String question,
    @Size(max = 100_000) String answer) {}
