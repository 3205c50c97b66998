package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the registration of one account tells the listeners and when it tries next: its {@link
 * RegistrationState} (published as {@link RegistrationEvent}), the failure count behind the
 * back-off, the one pending attempt timer, and the unregistering that ends it all. Runs on the SIP
 * event thread, which owns its fields.
 */
final class RegistrationRetries {

  private final SipContext context;
  private final AccountConfig account;
  private final AgentTuning tuning;
  private final ListenerBus bus;
  private final Runnable stopAll;
  private final Consumer<String> attempt;
  private RegistrationState state = RegistrationState.UNREGISTERED;
  private int failures;
  private boolean registeredBefore;
  private ScheduledFuture<?> next;
  private CompletableFuture<Void> unregistered;

  /**
   * @param stopAll stops the keep-alive and every timer of the registration
   * @param attempt starts a (non-quiet) attempt with the reason it gets
   */
  RegistrationRetries(
      SipContext context,
      AccountConfig account,
      AgentTuning tuning,
      ListenerBus bus,
      Runnable stopAll,
      Consumer<String> attempt) {
    this.context = context;
    this.account = account;
    this.tuning = tuning;
    this.bus = bus;
    this.stopAll = stopAll;
    this.attempt = attempt;
  }

  RegistrationState state() {
    return state;
  }

  boolean registeredBefore() {
    return registeredBefore;
  }

  /** True once {@link #startUnregistering()} was called: nothing registers any more. */
  boolean unregistering() {
    return unregistered != null;
  }

  /** A fresh start: the back-off begins anew. */
  void resetFailures() {
    failures = 0;
  }

  /** The registrar granted {@code granted} seconds. */
  void registered(int granted, String reason) {
    failures = 0;
    registeredBefore = true;
    publish(RegistrationState.REGISTERED, granted, null, reason);
  }

  /** Runs {@code task} after {@code delay} on the event thread (the refresh, a retry). */
  void schedule(Duration delay, Runnable task) {
    next = context.events().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Cancels the pending attempt, if any. */
  void cancel() {
    if (next != null) {
      next.cancel(false);
    }
  }

  /** Marks the start of unregistering; the future completes when it is over. */
  CompletableFuture<Void> startUnregistering() {
    unregistered = new CompletableFuture<>();
    return unregistered;
  }

  CompletableFuture<Void> unregistered() {
    return unregistered;
  }

  /** Unregistering is over (answered, failed or not needed). */
  void finishUnregister(String reason) {
    stopAll.run();
    publish(RegistrationState.UNREGISTERED, 0, null, reason);
    unregistered.complete(null);
  }

  /**
   * Authentication failed: final before the first registration (the user fixes the password),
   * retried every {@code authRetry} once we were registered (the provider may be fixing its side).
   */
  void authFailed(String reason) {
    if (unregistering()) {
      finishUnregister("unregister refused: " + reason);
    } else if (registeredBefore) {
      retryLater(reason, tuning.provider().authRetry());
    } else {
      stopAll.run();
      publish(RegistrationState.AUTH_FAILED, 0, null, reason);
    }
  }

  /** A failure the back-off does not fit (DNS, refused refresh): retries after a fixed pause. */
  void retryLater(String reason, Duration pause) {
    stopAll.run();
    publish(RegistrationState.RETRYING, 0, pause, reason);
    schedule(pause, () -> attempt.accept("retrying after: " + reason));
  }

  /**
   * Schedules the next attempt after the back-off, but never before {@code notBefore} (a
   * Retry-After).
   */
  void fail(String reason, Duration notBefore) {
    if (unregistering()) {
      finishUnregister("unregister failed: " + reason);
      return;
    }
    stopAll.run();
    failures++;
    Duration backoff = tuning.backoff().delay(failures);
    Duration retryIn = notBefore.compareTo(backoff) > 0 ? notBefore : backoff;
    publish(RegistrationState.RETRYING, 0, retryIn, reason);
    schedule(retryIn, () -> attempt.accept("retrying after: " + reason));
  }

  void publish(RegistrationState newState, int expires, Duration retryIn, String reason) {
    state = newState;
    bus.publish(
        new RegistrationEvent(
            newState,
            account.aor(),
            expires,
            Optional.ofNullable(retryIn),
            reason,
            account.provider().displayName().orElse("")));
  }
}
