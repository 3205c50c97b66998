package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.screening.Reason;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link MessageListener} that can be handed to {@code Phone.assemble} before the window exists:
 * it forwards to whatever listener is attached later (none until then).
 */
public final class ForwardingMessageListener implements MessageListener {
  private volatile MessageListener target = MessageListener.NONE;

  /** Forwards every later event to {@code listener}. */
  public void attach(MessageListener listener) {
    this.target = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void recording(long id, String caller) {
    target.recording(id, caller);
  }

  @Override
  public void saved(long id, String caller, Duration duration) {
    target.saved(id, caller, duration);
  }

  @Override
  public void saved(
      long id, String caller, Duration duration, String triage, boolean probablyRobot) {
    target.saved(id, caller, duration, triage, probablyRobot);
  }

  @Override
  public void robotRange(RobotMessageRanges.Proposal proposal) {
    target.robotRange(proposal);
  }

  @Override
  public void failed(long id, String caller, String why) {
    target.failed(id, caller, why);
  }

  @Override
  public void notRecorded(String caller, Reason why) {
    target.notRecorded(caller, why);
  }

  @Override
  public void recovered(int count) {
    target.recovered(count);
  }
}
