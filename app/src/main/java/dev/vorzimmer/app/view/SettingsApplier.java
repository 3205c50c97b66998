package dev.vorzimmer.app.view;

import dev.vorzimmer.app.config.AppConfig;
import java.io.IOException;

/** Applies settings the user saved to the running phone. */
public interface SettingsApplier {
  /**
   * Applies the account and listen address of {@code config}: ends calls, unregisters the old
   * account, registers the new one. Blocks up to a few seconds: never on the EDT.
   */
  void applyLine(AppConfig config) throws IOException;

  /** Applies ring time, busy action, message length and silence to the calls that arrive next. */
  void applyCalls(AppConfig config);
}
