package br.com.atende.faq.application;

/** A supervisor's rejection of a request, in the version they reviewed; the reason is required. */
public record RejectFaqCommand(long entryId, long expectedVersion, String reason) {}
