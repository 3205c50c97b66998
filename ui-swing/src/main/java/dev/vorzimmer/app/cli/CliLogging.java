package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;

/** Points the log file of a CLI command at the home's data folder (before the first logger). */
final class CliLogging {
  private CliLogging() {}

  static void toDataDir(AppHome home, boolean verbose) {
    if (System.getProperty("vorzimmer.logdir") == null) {
      System.setProperty("vorzimmer.logdir", home.dataDir().toString());
    }
    if (verbose) {
      System.setProperty("vorzimmer.console.level", "DEBUG");
      System.setProperty("vorzimmer.level", "DEBUG");
    }
  }
}
