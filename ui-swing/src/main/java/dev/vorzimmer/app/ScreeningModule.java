package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.time.Clock;

/**
 * The screening side of the app: the SQLite store under the data folder and the screener on top
 * of it. Shared by the running phone and the CLI commands (both may use the store at once).
 */
public final class ScreeningModule implements AutoCloseable {
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
        CallerLookup.fromConfig(config.screening().lookup()), clock);
    return new ScreeningModule(store, screener);
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
