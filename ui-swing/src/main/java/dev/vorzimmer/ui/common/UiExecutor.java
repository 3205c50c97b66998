package dev.vorzimmer.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the window's commands and queries (store, SIP) off the EDT on one background thread, and
 * hands results back to the EDT. The EDT never waits for the core.
 */
public final class UiExecutor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UiExecutor.class);
  private final ExecutorService executor = thread("vorzimmer-ui-work");

  /**
   * For work that waits on the network for seconds (a test registration), so the window's queries
   * never wait behind it.
   */
  private final ExecutorService slow = thread("vorzimmer-ui-slow");

  private static ExecutorService thread(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Runs {@code work} in the background, then {@code onEdt} with its result on the EDT; a failure
   * is logged with {@code what} and passed to {@code onError} on the EDT.
   */
  public <T> void query(
      String what, Supplier<T> work, Consumer<T> onEdt, Consumer<Throwable> onError) {
    submit(executor, what, work, onEdt, onError);
  }

  /** As {@link #query}, on a lane of its own for work that may wait on the network for seconds. */
  public <T> void querySlow(
      String what, Supplier<T> work, Consumer<T> onEdt, Consumer<Throwable> onError) {
    submit(slow, what, work, onEdt, onError);
  }

  private <T> void submit(
      ExecutorService lane,
      String what,
      Supplier<T> work,
      Consumer<T> onEdt,
      Consumer<Throwable> onError) {
    if (lane.isShutdown()) {
      log.info("window closed; not {}", what);
      return;
    }
    CompletableFuture.supplyAsync(work, lane)
        .whenComplete(
            (result, failure) -> {
              if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                log.error("{} failed", what, cause);
                SwingUtilities.invokeLater(() -> onError.accept(cause));
              } else {
                SwingUtilities.invokeLater(() -> onEdt.accept(result));
              }
            });
  }

  /**
   * Runs {@code work} in the background; a failure is logged with {@code what} and reported on the
   * EDT.
   */
  public void run(String what, Runnable work, Runnable onDone, Consumer<Throwable> onError) {
    query(
        what,
        () -> {
          work.run();
          return Boolean.TRUE;
        },
        ok -> onDone.run(),
        onError);
  }

  @Override
  public void close() {
    slow.shutdownNow();
    executor.shutdown();
    if (SwingUtilities.isEventDispatchThread()) {
      return; // never wait on the EDT; work still queued finishes on its own
    }
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        log.warn("window background work did not finish in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
