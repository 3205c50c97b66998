package dev.vorzimmer.ui.common;

import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;

/**
 * The one adapter between the core and Swing: receives core events (SIP agent, answering machine)
 * on core threads and re-posts each on the EDT with {@code invokeLater}. It never blocks the
 * caller.
 */
public final class EdtEvents implements SipAgentListener, MessageListener {
  private final UiEvents target;
  private final AtomicBoolean callLogPending = new AtomicBoolean();

  public EdtEvents(UiEvents target) {
    this.target = target;
  }

  @Override
  public void onRegistration(RegistrationEvent event) {
    SwingUtilities.invokeLater(() -> target.registration(event));
  }

  /**
   * Ghost calls are not passed on: they never rang, and their call-log rows arrive as {@link
   * #callLogChanged} summaries; each one would otherwise reload the call log and the messages (from
   * spoofed sources, once per INVITE).
   */
  @Override
  public void onCall(CallEvent event) {
    if (event.outcome().filter(o -> o == CallOutcome.GHOST).isPresent()) {
      return;
    }
    SwingUtilities.invokeLater(() -> target.call(event));
  }

  /**
   * For {@code ScreeningPolicy.addCallLogListener}. Coalesced: however many changes arrive before
   * the EDT gets to it, the call log is reloaded once.
   */
  public void callLogChanged() {
    if (callLogPending.compareAndSet(false, true)) {
      SwingUtilities.invokeLater(
          () -> {
            callLogPending.set(false);
            target.callLogChanged();
          });
    }
  }

  @Override
  public void recording(long id, String caller) {
    SwingUtilities.invokeLater(target::messagesChanged);
  }

  @Override
  public void saved(long id, String caller, Duration duration) {
    SwingUtilities.invokeLater(
        () -> {
          target.messagesChanged();
          target.messageSaved(new UiEvents.SavedMessage(id, caller, duration));
        });
  }

  /** A message filed under "Probably robots" refreshes the list but is not announced. */
  @Override
  public void saved(
      long id, String caller, Duration duration, String triage, boolean probablyRobot) {
    if (probablyRobot) {
      SwingUtilities.invokeLater(target::messagesChanged);
    } else {
      saved(id, caller, duration);
    }
  }

  @Override
  public void robotRange(RobotMessageRanges.Proposal proposal) {
    SwingUtilities.invokeLater(() -> target.robotRange(proposal));
  }

  @Override
  public void failed(long id, String caller, String why) {
    SwingUtilities.invokeLater(target::messagesChanged);
  }

  @Override
  public void notRecorded(String caller, Reason why) {
    SwingUtilities.invokeLater(() -> target.messageNotRecorded(why));
  }

  @Override
  public void recovered(int count) {
    SwingUtilities.invokeLater(target::messagesChanged);
  }
}
