package br.com.atende.cases.application;

import br.com.atende.shared.CappedCount;
import java.io.Serializable;
import java.util.List;

/**
 * Consecutive entries of a case's conversation, oldest first, with whether earlier ones exist and
 * (on the newest slice) how many entries the case has, capped.
 */
public record ConversationSlice(List<DiscussionItem> entries, boolean hasEarlier, CappedCount total)
    implements Serializable {

  public ConversationSlice {
    entries = List.copyOf(entries);
  }

  /** Where the next "earlier entries" starts; null when there are none. */
  public ConversationCursor earlierFrom() {
    return hasEarlier && !entries.isEmpty() ? ConversationCursor.of(entries.get(0)) : null;
  }
}
