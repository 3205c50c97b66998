package dev.vorzimmer.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Records every registration and call event and lets tests wait for one, blocking on a condition
 * (no polling).
 */
public final class RecordingSipAgentListener implements SipAgentListener {

  private final List<RegistrationEvent> events = new ArrayList<>();
  private final List<CallEvent> calls = new ArrayList<>();
  private final List<GhostCall> ghosts = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();

  @Override
  public void onRegistration(RegistrationEvent event) {
    lock.lock();
    try {
      events.add(event);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void onCall(CallEvent event) {
    lock.lock();
    try {
      calls.add(event);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void onGhostCall(GhostCall ghost) {
    lock.lock();
    try {
      ghosts.add(ghost);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at least {@code count} ghost calls were reported; returns a copy of all of them.
   */
  public List<GhostCall> awaitGhosts(int count, Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (ghosts.size() < count) {
        if (remaining <= 0) {
          throw new AssertionError(
              "only "
                  + ghosts.size()
                  + " of "
                  + count
                  + " ghost calls within "
                  + timeout.toMillis()
                  + " ms");
        }
        remaining = arrived.awaitNanos(remaining);
      }
      return List.copyOf(ghosts);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for the first call event (ever recorded) matching {@code condition}; fails with the
   * history on timeout.
   */
  public CallEvent awaitCall(Predicate<CallEvent> condition, Duration timeout, String description)
      throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        for (CallEvent event : calls) {
          if (condition.test(event)) {
            return event;
          }
        }
        if (remaining <= 0) {
          throw new AssertionError(
              "no call event with "
                  + description
                  + " within "
                  + timeout.toMillis()
                  + " ms; call events: "
                  + calls);
        }
        remaining = arrived.awaitNanos(remaining);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits for the first call event in {@code state} (of any call). */
  public CallEvent awaitCall(CallState state, Duration timeout) throws InterruptedException {
    return awaitCall(e -> e.state() == state, timeout, "state " + state);
  }

  /** Waits until call {@code callId} ended and returns its ENDED event. */
  public CallEvent awaitEnd(String callId, Duration timeout) throws InterruptedException {
    return awaitCall(
        e -> e.callId().equals(callId) && e.state() == CallState.ENDED,
        timeout,
        "end of call " + callId);
  }

  /** The states call {@code callId} went through so far, in order. */
  public List<CallState> statesOf(String callId) {
    lock.lock();
    try {
      return calls.stream().filter(e -> e.callId().equals(callId)).map(CallEvent::state).toList();
    } finally {
      lock.unlock();
    }
  }

  /** A copy of all call events so far. */
  public List<CallEvent> callEvents() {
    lock.lock();
    try {
      return List.copyOf(calls);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for the first event (ever recorded) in {@code state}; fails with the event history on
   * timeout.
   */
  public RegistrationEvent await(RegistrationState state, Duration timeout)
      throws InterruptedException {
    return awaitFrom(0, e -> e.state() == state, timeout, "state " + state);
  }

  /**
   * Waits for an event matching {@code condition} recorded at or after index {@code fromIndex} (see
   * {@link #size()}); fails with the event history on timeout.
   */
  public RegistrationEvent awaitFrom(
      int fromIndex, Predicate<RegistrationEvent> condition, Duration timeout, String description)
      throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      int next = fromIndex;
      while (true) {
        for (; next < events.size(); next++) {
          if (condition.test(events.get(next))) {
            return events.get(next);
          }
        }
        if (remaining <= 0) {
          throw new AssertionError(
              "no event with "
                  + description
                  + " within "
                  + TimeUnit.NANOSECONDS.toMillis(timeout.toNanos())
                  + " ms; events: "
                  + events);
        }
        remaining = arrived.awaitNanos(remaining);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Number of events recorded so far, usable as {@code fromIndex}. */
  public int size() {
    lock.lock();
    try {
      return events.size();
    } finally {
      lock.unlock();
    }
  }

  /** A copy of all events so far. */
  public List<RegistrationEvent> events() {
    lock.lock();
    try {
      return List.copyOf(events);
    } finally {
      lock.unlock();
    }
  }
}
