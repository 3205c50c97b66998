package dev.vorzimmer.app;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sets up logging before the first logger is created: a log file under the data directory ({@code
 * vorzimmer.log}) and warnings (or, verbose, everything) on stderr. java.util.logging (libjitsi)
 * and log4j (JAIN-SIP) are routed into SLF4J.
 */
final class Logging {
  private Logging() {}

  static void configure(Path logDir, boolean verbose) {
    System.setProperty("vorzimmer.logdir", logDir.toString());
    System.setProperty("vorzimmer.console.level", verbose ? "DEBUG" : "WARN");
    System.setProperty("vorzimmer.level", verbose ? "DEBUG" : "INFO");
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }
}
