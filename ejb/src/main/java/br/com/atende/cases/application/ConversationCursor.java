package br.com.atende.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Where the conversation shown so far begins: "earlier entries" reads the entries before this one
 * (keyset paging), so the thousandth entry costs what the first does.
 */
public record ConversationCursor(LocalDateTime createdAt, long id) implements Serializable {

  static ConversationCursor of(DiscussionItem entry) {
    return new ConversationCursor(entry.createdAt(), entry.id());
  }
}
