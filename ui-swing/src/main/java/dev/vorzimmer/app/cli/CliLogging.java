package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;

/** Points the log file of a CLI command at the home's data folder (before the first logger). */
final class CliLogging {
  private CliLogging() {}

  static void toDataDir(AppHome home) {
    if (System.getProperty("vorzimmer.logdir") == null) {
      System.setProperty("vorzimmer.logdir", home.dataDir().toString());
    }
  }
}
