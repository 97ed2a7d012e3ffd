package br.com.atende.web.cases.bell;

import br.com.atende.cases.bell.BellRang;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Rings the header of the recipient's open pages once its notification is committed (never for a
 * rolled-back event), off the thread of the agent who caused it. The message is a bare "ring": the
 * page asks for its count through the bell service, in its own agent's name, so no notification
 * travels over the socket.
 */
@ApplicationScoped
public class BellPush {

  /**
   * The header's channel; its socket user is the agent's login, which a page has without a query.
   */
  public static final String CHANNEL = "bell";

  static final String RING = "ring";

  private static final Logger LOG = Logger.getLogger(BellPush.class.getName());

  @Inject
  @Push(channel = CHANNEL)
  private PushContext bell;

  void rang(@ObservesAsync BellRang rang) {
    try {
      bell.send(RING, rang.login());
    } catch (RuntimeException e) {
      // A lost ring costs the agent a stale count until its next page; never the event itself.
      LOG.log(Level.WARNING, "bell of " + rang.login() + " not rung", e);
    }
  }
}
