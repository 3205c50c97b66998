package dev.vorzimmer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Core events reach the window on the EDT, including messages heard before the window attached. */
class EdtEventsTest {
  private final BlockingQueue<String> seen = new LinkedBlockingQueue<>();
  private final UiEvents window =
      new UiEvents() {
        @Override
        public void registration(RegistrationEvent event) {
          seen.add(
              "registration " + event.state() + " edt=" + SwingUtilities.isEventDispatchThread());
        }

        @Override
        public void call(CallEvent event) {
          seen.add("call " + event.state() + " edt=" + SwingUtilities.isEventDispatchThread());
        }

        @Override
        public void callLogChanged() {
          seen.add("call log edt=" + SwingUtilities.isEventDispatchThread());
        }

        @Override
        public void messagesChanged() {
          seen.add("messages edt=" + SwingUtilities.isEventDispatchThread());
        }

        @Override
        public void messageSaved(SavedMessage message) {
          seen.add("saved " + message + " edt=" + SwingUtilities.isEventDispatchThread());
        }
      };

  @Test
  void everyEventIsRepostedOnTheEdt() throws InterruptedException {
    EdtEvents events = new EdtEvents(window);
    events.onRegistration(
        new RegistrationEvent(RegistrationState.REGISTERED, "sip:a@b", 300, Optional.empty(), ""));
    events.onCall(
        new CallEvent(
            "c1", true, CallState.ENDED, "+4930", "", Optional.of(CallOutcome.MISSED), "gone"));
    events.saved(1, "+4930", Duration.ofSeconds(3));
    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("registration REGISTERED edt=true");
    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("call ENDED edt=true");
    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("messages edt=true");
    assertThat(seen.poll(5, TimeUnit.SECONDS))
        .isEqualTo("saved SavedMessage[id=1, caller=+4930, length=PT3S] edt=true");
  }

  @Test
  void theForwardingListenerDeliversOnlyAfterAttaching() throws InterruptedException {
    ForwardingMessageListener forwarding = new ForwardingMessageListener();
    forwarding.saved(1, "+4930", Duration.ofSeconds(1));
    forwarding.attach(new EdtEvents(window));
    forwarding.failed(2, "+4930", "disk full");
    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("messages edt=true");
    assertThat(seen.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void ghostCallsDoNotReachTheWindowAsCalls() throws Exception {
    EdtEvents events = new EdtEvents(window);
    for (int i = 0; i < 10; i++) {
      events.onCall(
          new CallEvent(
              "ghost-" + i,
              true,
              CallState.ENDED,
              "",
              "",
              Optional.of(CallOutcome.GHOST),
              "INVITE from 203.0.113."
                  + i
                  + ", which is neither our registrar nor a trusted host"));
    }
    events.onCall(
        new CallEvent(
            "c1", true, CallState.ENDED, "+4930", "", Optional.of(CallOutcome.MISSED), "gone"));
    SwingUtilities.invokeAndWait(() -> {});
    assertThat(seen)
        .as("no reload per ghost; GhostLog's summaries come through callLogChanged")
        .containsExactly("call ENDED edt=true");
  }

  @Test
  void aBurstOfCallLogChangesReloadsTheLogOnce() throws Exception {
    EdtEvents events = new EdtEvents(window);
    CountDownLatch edtBusy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SwingUtilities.invokeLater(
        () -> {
          edtBusy.countDown();
          awaitQuietly(release);
        });
    assertThat(edtBusy.await(5, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 500; i++) {
      events.callLogChanged();
    }
    release.countDown();
    SwingUtilities.invokeAndWait(() -> {});
    assertThat(seen).containsExactly("call log edt=true");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aRobotMessageRefreshesTheListButIsNotAnnounced() throws InterruptedException {
    EdtEvents events = new EdtEvents(window);
    events.saved(7, "+4922155599001", Duration.ofSeconds(9), "silent", true);
    events.saved(8, "+491701234567", Duration.ofSeconds(9), "speech", false);

    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("messages edt=true");
    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("messages edt=true");
    assertThat(seen.poll(5, TimeUnit.SECONDS))
        .as("only the spoken message is announced")
        .startsWith("saved SavedMessage[id=8");
    CountDownLatch edt = new CountDownLatch(1);
    SwingUtilities.invokeLater(edt::countDown);
    assertThat(edt.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).isEmpty();
  }
}
