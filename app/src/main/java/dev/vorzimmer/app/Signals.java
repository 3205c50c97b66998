package dev.vorzimmer.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into an orderly stop, so the phone can unregister and exit 0 instead of
 * the JVM's default exit status 143/130.
 */
public final class Signals {
  private static final Logger log = LoggerFactory.getLogger(Signals.class);

  private Signals() {}

  /** Runs {@code onStop} (on a JVM signal thread) when SIGTERM or SIGINT arrives. */
  public static void onTermOrInt(Runnable onStop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(
            new Signal(name),
            sig -> {
              log.info("SIG{} received: stopping", sig.getName());
              onStop.run();
            });
      } catch (IllegalArgumentException e) {
        log.warn(
            "cannot handle SIG{} on this platform; a shutdown hook still unregisters", name, e);
      }
    }
  }
}
