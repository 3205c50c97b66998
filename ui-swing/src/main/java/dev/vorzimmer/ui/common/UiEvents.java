package dev.vorzimmer.ui.common;

import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.RegistrationEvent;
import java.time.Duration;
import java.util.List;

/** What the window reacts to; every method is called on the EDT by {@link EdtEvents}. */
public interface UiEvents {
  default void registration(RegistrationEvent event) {}

  default void call(CallEvent event) {}

  /** The call log changed (a new call, or a call's outcome was recorded). */
  default void callLogChanged() {}

  /** A message was created, finished, failed or recovered. */
  default void messagesChanged() {}

  /** A voicemail message was recorded completely (sent after {@link #messagesChanged()}). */
  default void messageSaved(SavedMessage message) {}

  /** Robot messages from one range today: offer to block it (one click, never automatic). */
  default void robotRange(RobotMessageRanges.Proposal proposal) {}

  /**
   * A caller could not leave a message (the disk guard refused): {@code why}, for the status bar.
   */
  default void messageNotRecorded(Reason why) {}

  /**
   * A complete voicemail message: its id, the caller as recorded (number or presentation), its
   * length.
   */
  record SavedMessage(long id, String caller, Duration length) {}

  /** One target that hands every event to each of {@code targets} in order. */
  static UiEvents all(List<UiEvents> targets) {
    List<UiEvents> copy = List.copyOf(targets);
    return new UiEvents() {
      @Override
      public void registration(RegistrationEvent event) {
        copy.forEach(t -> t.registration(event));
      }

      @Override
      public void call(CallEvent event) {
        copy.forEach(t -> t.call(event));
      }

      @Override
      public void callLogChanged() {
        copy.forEach(UiEvents::callLogChanged);
      }

      @Override
      public void messagesChanged() {
        copy.forEach(UiEvents::messagesChanged);
      }

      @Override
      public void messageSaved(SavedMessage message) {
        copy.forEach(t -> t.messageSaved(message));
      }

      @Override
      public void robotRange(RobotMessageRanges.Proposal proposal) {
        copy.forEach(t -> t.robotRange(proposal));
      }

      @Override
      public void messageNotRecorded(Reason why) {
        copy.forEach(t -> t.messageNotRecorded(why));
      }
    };
  }
}
