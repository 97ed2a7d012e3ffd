package br.com.atende.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An attachment as the case page lists it: under its post, and in the case's Attachments tab. */
public record AttachmentItem(
    long id,
    long entryId,
    String fileName,
    String contentType,
    long sizeBytes,
    String uploadedByName,
    LocalDateTime uploadedAt)
    implements Serializable {}
