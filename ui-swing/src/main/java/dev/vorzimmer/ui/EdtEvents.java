package dev.vorzimmer.ui;

import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;

/**
 * The one adapter between the core and Swing: receives core events (SIP agent, answering machine)
 * on core threads and re-posts each on the EDT with {@code invokeLater}. It never blocks the caller.
 */
final class EdtEvents implements SipAgentListener, MessageListener {
  private final UiEvents target;
  private final AtomicBoolean callLogPending = new AtomicBoolean();

  EdtEvents(UiEvents target) {
    this.target = target;
  }

  @Override
  public void onRegistration(RegistrationEvent event) {
    SwingUtilities.invokeLater(() -> target.registration(event));
  }

  @Override
  public void onCall(CallEvent event) {
    SwingUtilities.invokeLater(() -> target.call(event));
  }

  /**
   * For {@code ScreeningPolicy.addCallLogListener}. Coalesced: however many changes arrive before
   * the EDT gets to it, the call log is reloaded once.
   */
  void callLogChanged() {
    if (callLogPending.compareAndSet(false, true)) {
      SwingUtilities.invokeLater(() -> {
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
    SwingUtilities.invokeLater(() -> {
      target.messagesChanged();
      target.messageSaved(new UiEvents.SavedMessage(id, caller, duration));
    });
  }

  @Override
  public void failed(long id, String caller, String why) {
    SwingUtilities.invokeLater(target::messagesChanged);
  }

  @Override
  public void notRecorded(String caller, String why) {
    SwingUtilities.invokeLater(() -> target.messageNotRecorded(why));
  }

  @Override
  public void recovered(int count) {
    SwingUtilities.invokeLater(target::messagesChanged);
  }
}
