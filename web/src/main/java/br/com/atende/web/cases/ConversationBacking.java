package br.com.atende.web.cases;

import br.com.atende.cases.application.ConversationSlice;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.shared.CappedCount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation of the case page: the newest entries, oldest first, and "earlier entries" that
 * prepends the ones before them. Holds only the entries the agent asked to see.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Entries per step: enough for most cases to show whole, few enough to render fast. */
  static final int STEP = 20;

  @Inject private CaseBacking page;

  @Inject private DiscussionService discussion;

  private List<DiscussionItem> entries = new ArrayList<>();
  private ConversationSlice oldest;
  private CappedCount total = CappedCount.NONE;

  /** Shows the newest entries (again, after the agent or someone else added one). */
  public void show(ConversationSlice newest) {
    entries = new ArrayList<>(newest.entries());
    oldest = newest;
    total = newest.total();
  }

  public void earlier() {
    if (oldest == null || !oldest.hasEarlier()) {
      return;
    }
    ConversationSlice before = discussion.conversation(page.getId(), oldest.earlierFrom(), STEP);
    List<DiscussionItem> shown = new ArrayList<>(before.entries());
    shown.addAll(entries);
    entries = shown;
    oldest = before;
  }

  public List<DiscussionItem> getEntries() {
    return entries;
  }

  public boolean isHasEarlier() {
    return oldest != null && oldest.hasEarlier();
  }

  public CappedCount getTotal() {
    return total;
  }
}
