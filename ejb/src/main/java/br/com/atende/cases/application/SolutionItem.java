package br.com.atende.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A solution entry as the Solution tab lists it; the body is sanitized HTML. */
public record SolutionItem(long id, String authorName, LocalDateTime createdAt, String body)
    implements Serializable {}
