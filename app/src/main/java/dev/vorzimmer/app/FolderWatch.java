package dev.vorzimmer.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Waits for named files in a folder to change (created, written or removed) instead of sleeping:
 * another process starting up in the same data folder writes its pid into the lock file and opens
 * its socket there. Open it before looking, so no change between the look and the wait is missed.
 * Changes to other files (the database a running phone writes) do not wake it.
 */
final class FolderWatch implements AutoCloseable {
  private final WatchService watcher;
  private final Set<String> names;

  private FolderWatch(WatchService watcher, Set<String> names) {
    this.watcher = watcher;
    this.names = Set.copyOf(names);
  }

  /** Watches the files {@code names} inside {@code folder}. */
  static FolderWatch on(Path folder, Set<String> names) throws IOException {
    WatchService watcher = FileSystems.getDefault().newWatchService();
    try {
      folder.register(
          watcher,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException | RuntimeException e) {
      watcher.close();
      throw e;
    }
    return new FolderWatch(watcher, names);
  }

  /** Why {@link #awaitChange} returned. */
  enum Wake {
    CHANGED,
    TIMED_OUT,
    /** The waiting thread was interrupted (its interrupt flag is set again). */
    INTERRUPTED
  }

  /** Returns when one of the watched files changed, after {@code atMost}, or when interrupted. */
  Wake awaitChange(Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    try {
      for (long left = atMost.toNanos(); left > 0; left = deadline - System.nanoTime()) {
        WatchKey key = watcher.poll(left, TimeUnit.NANOSECONDS);
        if (key == null) {
          return Wake.TIMED_OUT;
        }
        boolean ours = false;
        for (WatchEvent<?> e : key.pollEvents()) {
          ours |= e.context() instanceof Path p && names.contains(p.toString());
          ours |= e.kind() == StandardWatchEventKinds.OVERFLOW;
        }
        key.reset();
        if (ours) {
          return Wake.CHANGED;
        }
      }
      return Wake.TIMED_OUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Wake.INTERRUPTED;
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
