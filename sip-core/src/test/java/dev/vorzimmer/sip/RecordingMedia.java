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

  BlockingQueue<Step> steps() {
    return steps;
  }
}
