package br.com.atende.cannedreply.application;

import java.io.Serializable;

/**
 * A canned reply as the management page shows and edits it: {@code groupId} null for a personal
 * one. A new one has a null id.
 */
public record CannedReplyRow(
    Long id, long version, Long groupId, String groupName, String name, String body)
    implements Serializable {}
