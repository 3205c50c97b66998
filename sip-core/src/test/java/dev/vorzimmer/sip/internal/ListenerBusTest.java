package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listeners that print or log get their events off the SIP event thread, in order. */
class ListenerBusTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final ListenerBus bus =
      new ListenerBus(
          new RegistrationEvent(
              RegistrationState.UNREGISTERED, "sip:me@x", 0, Optional.empty(), "not started"));

  @AfterEach
  void close() {
    bus.close(WAIT);
  }

  /** Records what it got and on which thread. */
  private static final class Recorder implements SipAgentListener {
    final LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
    private final Delivery delivery;

    Recorder(Delivery delivery) {
      this.delivery = delivery;
    }

    @Override
    public Delivery delivery() {
      return delivery;
    }

    @Override
    public void onCall(CallEvent event) {
      threads.add(Thread.currentThread());
      events.add(event);
    }

    List<CallEvent> take(int n) throws InterruptedException {
      List<CallEvent> got = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        CallEvent e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(e).as("event " + i + " of " + n).isNotNull();
        got.add(e);
      }
      return got;
    }
  }

  private static List<CallEvent> lifeOf(String callId) {
    return List.of(
        new CallEvent(callId, true, CallState.SCREENING, "+4930", "", Optional.empty(), "screen"),
        new CallEvent(callId, true, CallState.RINGING, "+4930", "", Optional.empty(), "ring"),
        new CallEvent(
            callId, true, CallState.ENDED, "+4930", "", Optional.of(CallOutcome.MISSED), "gone"));
  }

  @Test
  void aBackgroundListenerGetsEveryCallsEventsInOrderOffThePublishingThread() throws Exception {
    Recorder printer = new Recorder(SipAgentListener.Delivery.BACKGROUND);
    Recorder owner = new Recorder(SipAgentListener.Delivery.EVENT_THREAD);
    bus.add(printer);
    bus.add(owner);
    List<CallEvent> published = new ArrayList<>();
    for (int call = 0; call < 200; call++) {
      published.addAll(lifeOf("call-" + call));
    }

    published.forEach(bus::publishCall);

    assertThat(owner.events).containsExactlyElementsOf(published);
    assertThat(owner.threads).containsOnly(Thread.currentThread());
    assertThat(printer.take(published.size())).containsExactlyElementsOf(published);
    assertThat(printer.threads).doesNotContain(Thread.currentThread());
    assertThat(printer.threads.peek().getName()).isEqualTo("vorzimmer-sip-listeners");
  }

  @Test
  void aStuckBackgroundListenerDoesNotHoldThePublisher() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Recorder owner = new Recorder(SipAgentListener.Delivery.EVENT_THREAD);
    bus.add(
        new SipAgentListener() {
          @Override
          public Delivery delivery() {
            return Delivery.BACKGROUND;
          }

          @Override
          public void onCall(CallEvent event) {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    bus.add(owner);
    try {
      CompletableFuture<Void> publishing =
          CompletableFuture.runAsync(() -> lifeOf("stuck").forEach(bus::publishCall));

      publishing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(owner.take(3)).extracting(CallEvent::state).endsWith(CallState.ENDED);
    } finally {
      release.countDown();
    }
  }

  @Test
  void closingDeliversWhatIsQueuedAndLaterEventsStillArrive() throws Exception {
    Recorder printer = new Recorder(SipAgentListener.Delivery.BACKGROUND);
    bus.add(printer);
    lifeOf("a").forEach(bus::publishCall);

    bus.close(WAIT);
    assertThat(printer.events).extracting(CallEvent::callId).containsExactly("a", "a", "a");

    lifeOf("b").forEach(bus::publishCall);
    assertThat(printer.events).extracting(CallEvent::callId).endsWith("b", "b", "b");
  }

  @Test
  void aListenerThatSaysNothingIsCalledOnThePublishingThread() {
    List<Thread> seen = new ArrayList<>();
    bus.add(
        new SipAgentListener() {
          @Override
          public void onCall(CallEvent event) {
            seen.add(Thread.currentThread());
          }
        });

    lifeOf("c").forEach(bus::publishCall);

    assertThat(seen).hasSize(3).containsOnly(Thread.currentThread());
  }
}
