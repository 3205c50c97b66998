package dev.vorzimmer.app.view;

import dev.vorzimmer.app.ScreeningModule;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ScreeningConfig;
import java.io.IOException;
import java.util.Map;

/** The screening settings as the Rules tab uses them: read, save and try them. */
public interface ScreeningRules {
  /** The settings in force now. */
  ScreeningConfig config();

  /**
   * Saves changed settings in {@code config.toml} and applies them to the next call; blocks on file
   * I/O, never call it on the EDT. See {@link ScreeningModule#saveSettings}.
   *
   * @return the settings now in force
   * @throws ConfigException when the file would become invalid; nothing of that write is applied
   */
  ScreeningConfig saveSettings(Map<String, ?> screeningKeys, Map<String, ?> lookupKeys)
      throws ConfigException, IOException;

  /** What the settings would decide for {@code caller} now, without a call or a log row. */
  Decision dryRun(Caller caller);

  /** The rules of {@code screening}. */
  static ScreeningRules of(ScreeningModule screening) {
    return new ScreeningRules() {
      @Override
      public ScreeningConfig config() {
        return screening.screener().config();
      }

      @Override
      public ScreeningConfig saveSettings(Map<String, ?> screeningKeys, Map<String, ?> lookupKeys)
          throws ConfigException, IOException {
        return screening.saveSettings(screeningKeys, lookupKeys);
      }

      @Override
      public Decision dryRun(Caller caller) {
        return screening.screener().dryRun(caller);
      }
    };
  }
}
