package br.com.atende.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewContextsPruningTest {

  @Test
  void theBeanContextsOfViewsMojarraLetGoAreDroppedAndThoseOfItsLiveViewsKept() {
    Map<String, Object> liveViews = Collections.synchronizedMap(new LinkedHashMap<>());
    liveViews.put("view-3", new HashMap<>());
    liveViews.put("view-4", new HashMap<>());
    Map<String, Object> contexts = new ConcurrentHashMap<>();
    for (String id : new String[] {"view-1", "view-2", "view-3", "view-4"}) {
      contexts.put(id, new ConcurrentHashMap<>());
    }

    ViewContextsPruning.prune(liveViews, contexts);

    assertEquals(Set.of("view-3", "view-4"), contexts.keySet());
    assertEquals(2, liveViews.size());
  }

  @Test
  void aSessionWithoutViewsOrWithSomethingElseUnderTheNamesIsLeftAlone() {
    Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", new HashMap<>()));

    ViewContextsPruning.prune(null, contexts);
    ViewContextsPruning.prune("not a map", contexts);

    assertEquals(Set.of("view-1"), contexts.keySet());
  }
}
