package dev.vorzimmer.app;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.NumberPlaces;
import dev.vorzimmer.screening.QuarantinedRange;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonJson;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screening side of the app: the SQLite store under the data folder and the screener on top of
 * it. Shared by the running phone and the CLI commands (both may use the store at once).
 */
public final class ScreeningModule implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScreeningModule.class);
  private final ScreeningStore store;
  private final Screener screener;
  private final Path configFile;
  private final Supplier<NumberPlaces> places =
      Suppliers.memoize(
          () ->
              NumberPlaces.fromJars(
                  Path.of(System.getProperty("vorzimmer.phonedata", "/usr/share/java"))));
  private volatile NumberInput numbers;

  private ScreeningModule(ScreeningStore store, Screener screener, Path configFile) {
    this.store = store;
    this.screener = screener;
    this.configFile = configFile;
    this.numbers = new NumberInput(screener.normaliser());
  }

  /**
   * Opens (creating if needed) the store of {@code home} and builds the screener from {@code
   * config}.
   */
  public static ScreeningModule open(AppHome home, AppConfig config, Clock clock) {
    ScreeningStore store = ScreeningStore.open(home.databaseFile(), clock);
    Screener screener =
        new Screener(
            config.screening(),
            store.contacts(),
            store.lists(),
            CallerLookup.fromConfig(config.screening().lookup()),
            clock,
            q -> storeQuarantine(store, q));
    return new ScreeningModule(store, screener, config.file());
  }

  /**
   * A robot range the screener just quarantined becomes a temporary block entry, so the CLI and the
   * window show it, it survives a restart, and {@code vorzimmer block add RANGE} keeps it.
   */
  private static void storeQuarantine(ScreeningStore store, QuarantinedRange q) {
    String reason =
        ReasonJson.write(
            Reason.of(
                "robot.entry.quarantine",
                "count",
                q.callers(),
                "seconds",
                Math.max(60, q.span().toSeconds()),
                "command",
                "vorzimmer block add " + q.pattern()));
    try {
      store
          .listStore()
          .add(q.pattern(), ListKind.BLOCK, reason, "robot-range", Optional.of(q.until()));
    } catch (RuntimeException e) {
      log.error(
          "could not store the quarantine of {}; it still applies until the phone stops",
          q.pattern(),
          e);
    }
  }

  public ScreeningStore store() {
    return store;
  }

  public Screener screener() {
    return screener;
  }

  /**
   * City/area and carrier of numbers for display, from libphonenumber's offline data where the
   * Debian package {@code libphonenumber8-java} provides it (loaded on first use; else none).
   */
  public NumberPlaces places() {
    return places.get();
  }

  /** Turns what a user types (numbers in any format, prefixes ending in *) into stored form. */
  public NumberInput numbers() {
    return numbers;
  }

  /**
   * Saves changed screening settings in {@code config.toml} and applies them to the next call.
   * {@code [screening]} is written first, then (when {@code lookupKeys} is not empty) {@code
   * [screening.lookup]}; each write is checked by the config loader and replaces the file
   * atomically. Blocks on file I/O: never call it on the EDT.
   *
   * @param screeningKeys changed {@code [screening]} keys (values as {@link ConfigEditor#set})
   * @param lookupKeys changed {@code [screening.lookup]} keys; empty to leave that section alone
   * @return the settings now in force
   * @throws ConfigException when the file would become invalid; nothing of that write is applied
   */
  public synchronized ScreeningConfig saveSettings(
      Map<String, ?> screeningKeys, Map<String, ?> lookupKeys) throws ConfigException, IOException {
    ConfigEditor editor = new ConfigEditor(configFile);
    AppConfig saved = screeningKeys.isEmpty() ? null : editor.set("screening", screeningKeys);
    if (!lookupKeys.isEmpty()) {
      saved = editor.set("screening.lookup", lookupKeys);
    }
    if (saved != null) {
      apply(saved.screening());
    }
    return screener.config();
  }

  /**
   * Applies {@code config} to the running screener (the next call uses it); a changed lookup
   * setting gets a fresh lookup client, otherwise the current one (and its cache) is kept.
   */
  public synchronized void apply(ScreeningConfig config) {
    ScreeningConfig before = screener.config();
    if (config.lookup().equals(before.lookup())) {
      screener.reconfigure(config);
    } else {
      screener.reconfigure(config, CallerLookup.fromConfig(config.lookup()));
    }
    if (!config.region().equals(before.region())) {
      numbers = new NumberInput(screener.normaliser());
    }
    log.info("screening settings applied from {}", configFile);
  }

  @Override
  public void close() {
    store.close();
  }
}
