package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.QuarantinedRange;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screening side of the app: the SQLite store under the data folder and the screener on top
 * of it. Shared by the running phone and the CLI commands (both may use the store at once).
 */
public final class ScreeningModule implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScreeningModule.class);
  private final ScreeningStore store;
  private final Screener screener;
  private final NumberInput numbers;

  private ScreeningModule(ScreeningStore store, Screener screener) {
    this.store = store;
    this.screener = screener;
    this.numbers = new NumberInput(screener.normaliser());
  }

  /** Opens (creating if needed) the store of {@code home} and builds the screener from {@code config}. */
  public static ScreeningModule open(AppHome home, AppConfig config, Clock clock) {
    ScreeningStore store = ScreeningStore.open(home.databaseFile(), clock);
    Screener screener = new Screener(config.screening(), store.contacts(), store.lists(),
        CallerLookup.fromConfig(config.screening().lookup()), clock, q -> storeQuarantine(store, q));
    return new ScreeningModule(store, screener);
  }

  /**
   * A robot range the screener just quarantined becomes a temporary block entry, so the CLI and
   * the window show it, it survives a restart, and {@code vorzimmer block add RANGE} keeps it.
   */
  private static void storeQuarantine(ScreeningStore store, QuarantinedRange q) {
    String reason = "robot range: " + q.callers() + " distinct callers in " + Math.max(1, q.span().toMinutes())
        + " min, quarantined (make permanent: vorzimmer block add " + q.pattern() + ")";
    try {
      store.listStore().add(q.pattern(), ListKind.BLOCK, reason, "robot-range", Optional.of(q.until()));
    } catch (RuntimeException e) {
      log.error("could not store the quarantine of {}; it still applies until the phone stops", q.pattern(), e);
    }
  }

  public ScreeningStore store() {
    return store;
  }

  public Screener screener() {
    return screener;
  }

  /** Turns what a user types (numbers in any format, prefixes ending in *) into stored form. */
  public NumberInput numbers() {
    return numbers;
  }

  @Override
  public void close() {
    store.close();
  }
}
