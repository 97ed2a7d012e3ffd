package br.com.atende.customfield.application;

import java.util.List;

/**
 * The outcome of copying custom values from another case: the new version, and what was not copied.
 */
public record CopyResult(long version, List<String> skipped) {}
