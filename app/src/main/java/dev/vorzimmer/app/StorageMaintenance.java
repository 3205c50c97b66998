package dev.vorzimmer.app;

import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.screening.store.StoreException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping the phone runs at start and then daily on its own scheduler thread (never the SIP
 * thread): call-log rows older than {@code [storage] keep_calls_days} are deleted (their messages
 * stay until the user deletes them), expired list entries (temporary allows, robot quarantines) are
 * removed, and the data folder is made owner-only again (files created since, such as new messages
 * and logs, got the umask).
 */
public final class StorageMaintenance implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(StorageMaintenance.class);
  private final ScreeningStore store;
  private final AppHome home;
  private final Duration keepCalls;
  private final Clock clock;

  /** What one run removed. */
  public record Result(int calls, int listEntries) {}

  public StorageMaintenance(ScreeningStore store, AppHome home, int keepCallsDays, Clock clock) {
    this.store = store;
    this.home = home;
    this.keepCalls = Duration.ofDays(keepCallsDays);
    this.clock = clock;
  }

  /** One pass; store and file errors propagate. */
  public Result runOnce() throws IOException {
    Instant now = clock.instant();
    int calls = store.callLog().deleteBefore(now.minus(keepCalls));
    int entries = store.listStore().removeExpired(now);
    PrivateFiles.secure(home);
    return new Result(calls, entries);
  }

  /** One pass for the scheduler: a failure is logged and the next day's pass still runs. */
  @Override
  public void run() {
    try {
      Result r = runOnce();
      if (r.calls() > 0 || r.listEntries() > 0) {
        log.info(
            "housekeeping: deleted {} call(s) older than {} days and {} expired list entr{}",
            r.calls(),
            keepCalls.toDays(),
            r.listEntries(),
            r.listEntries() == 1 ? "y" : "ies");
      }
    } catch (IOException | StoreException e) {
      log.error("housekeeping failed; it runs again tomorrow", e);
    }
  }
}
