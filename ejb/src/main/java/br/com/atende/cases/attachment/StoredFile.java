package br.com.atende.cases.attachment;

import java.nio.file.Path;

/**
 * A file written to the attachment store: its key (the file's name there), where it is, how many
 * bytes it has and their SHA-256, in lower-case hex.
 */
public record StoredFile(String storageKey, Path path, long size, String sha256) {}
