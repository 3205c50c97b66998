package dev.vorzimmer.sip.internal.jainsip;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's single SIP event thread, also its timer thread. Exceptions escaping a task are logged
 * instead of vanishing inside its future.
 */
final class EventThread extends ScheduledThreadPoolExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(EventThread.class);

  private volatile Thread thread;

  EventThread(String name) {
    super(1);
    setThreadFactory(
        runnable -> {
          Thread created = new Thread(runnable, name);
          created.setDaemon(true);
          thread = created;
          return created;
        });
    setRemoveOnCancelPolicy(true);
    setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** True when called on this event thread. */
  boolean isCurrentThread() {
    return Thread.currentThread() == thread;
  }

  @Override
  protected void afterExecute(Runnable task, Throwable error) {
    super.afterExecute(task, error);
    Throwable failure = error;
    if (failure == null && task instanceof Future<?> future && future.isDone()) {
      try {
        future.get();
      } catch (CancellationException e) {
        return;
      } catch (ExecutionException e) {
        failure = e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure != null) {
      LOG.error("SIP event task failed", failure);
    }
  }
}
