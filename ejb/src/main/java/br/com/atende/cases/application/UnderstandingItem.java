package br.com.atende.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An understanding as the Request tab lists it; the body is plain text. */
public record UnderstandingItem(long id, String authorName, LocalDateTime createdAt, String body)
    implements Serializable {}
