package dev.vorzimmer.sip;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@link CallMedia#NONE} that also records what sip-core asked of the media side, for assertions.
 */
final class RecordingMedia implements CallMedia {

  /** One thing sip-core did with a leg. */
  record Step(String callId, String action, MediaPlan plan, Purpose purpose, String greeting) {}

  private final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();
  private final java.util.Map<String, DigitListener> digits =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Runnable> faxTones =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public MediaLeg prepare(String callId, String localAddress) throws IOException {
    MediaLeg real = NONE.prepare(callId, localAddress);
    steps.add(new Step(callId, "prepare", null, null, null));
    return new MediaLeg() {
      @Override
      public int localPort() {
        return real.localPort();
      }

      @Override
      public void start(MediaPlan plan, Purpose purpose, String greeting) {
        steps.add(new Step(callId, "start", plan, purpose, greeting));
      }

      @Override
      public void switchTo(Purpose purpose, String greeting) {
        steps.add(new Step(callId, "switch", null, purpose, greeting));
      }

      @Override
      public void onDigit(DigitListener listener) {
        digits.put(callId, listener);
      }

      @Override
      public void onFaxTone(Runnable listener) {
        faxTones.put(callId, listener);
      }

      @Override
      public void update(MediaPlan plan) {
        steps.add(new Step(callId, "update", plan, null, null));
      }

      @Override
      public void close() {
        steps.add(new Step(callId, "close", null, null, null));
        real.close();
      }
    };
  }

  /** Plays the media side receiving an RFC 4733 key press in call {@code callId}. */
  void pressKey(String callId, char digit) {
    DigitListener listener = digits.get(callId);
    if (listener == null) {
      throw new IllegalStateException("no digit listener for " + callId);
    }
    listener.digit(digit);
  }

  /** Plays the media side hearing a fax tone in call {@code callId}. */
  void hearFax(String callId) {
    faxTones.get(callId).run();
  }

  /** Waits for the next step of {@code action} ("start", "switch", …), skipping others. */
  Step await(String action, java.time.Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      Step s = steps.poll(end - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
      if (s == null) {
        throw new AssertionError("no media step " + action + " within " + timeout);
      }
      if (s.action().equals(action)) {
        return s;
      }
    }
  }

  BlockingQueue<Step> steps() {
    return steps;
  }
}
