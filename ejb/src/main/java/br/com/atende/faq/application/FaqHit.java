package br.com.atende.faq.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An approved FAQ entry found by a search; the answer is sanitized HTML. */
public record FaqHit(long id, String question, String answer, LocalDateTime approvedAt)
    implements Serializable {}
