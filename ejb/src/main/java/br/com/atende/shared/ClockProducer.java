package br.com.atende.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The server's clock: opening datetimes and due dates are the server's, never the browser's. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  public Clock clock() {
    return Clock.systemDefaultZone();
  }
}
