package dev.vorzimmer.app.view;

import dev.vorzimmer.app.PhoneLine;
import dev.vorzimmer.app.config.LineSettings;
import dev.vorzimmer.sip.RegistrationEvent;
import java.util.Optional;

/**
 * One of the user's lines as the views use it: its name, registration and the calls on it. Its
 * agent's start, stop, reconfiguration and listeners are not here. The call commands are those of
 * {@link dev.vorzimmer.sip.SipAgent}: safe from any thread, false when the call is not known.
 */
public interface Line {
  /** The name shown to the user ("" for the local line). */
  String name();

  /** True for the line outgoing calls use unless another is chosen. */
  boolean isDefault();

  /** The line's configuration; empty for the local line (no account). */
  Optional<LineSettings> settings();

  /** The line's latest registration event. */
  RegistrationEvent registration();

  /**
   * Calls {@code target} ({@code sip:}/{@code tel:} URI or a normalised number) on this line.
   *
   * @return the new call's Call-ID
   * @throws IllegalArgumentException if the target is not callable
   * @throws IllegalStateException if the line is not running
   */
  String call(String target);

  /** Answers a ringing incoming call. */
  boolean answer(String callId);

  /** Declines a screening or ringing incoming call with 603 Decline. */
  boolean decline(String callId);

  /** Hands a ringing incoming call to the answering machine. */
  boolean sendToVoicemail(String callId);

  /** Ends a call in any state (decline, CANCEL or BYE). */
  boolean hangUp(String callId);

  /** Puts an active call on hold, or resumes it. */
  boolean hold(String callId, boolean on);

  /** {@code line} seen through this interface. */
  static Line of(PhoneLine line) {
    return new OfPhoneLine(line);
  }

  /** A {@link PhoneLine} as a {@link Line}; equal when the lines are. */
  record OfPhoneLine(PhoneLine line) implements Line {
    @Override
    public String name() {
      return line.name();
    }

    @Override
    public boolean isDefault() {
      return line.isDefault();
    }

    @Override
    public Optional<LineSettings> settings() {
      return line.settings();
    }

    @Override
    public RegistrationEvent registration() {
      return line.agent().registration();
    }

    @Override
    public String call(String target) {
      return line.agent().call(target);
    }

    @Override
    public boolean answer(String callId) {
      return line.agent().answer(callId);
    }

    @Override
    public boolean decline(String callId) {
      return line.agent().decline(callId);
    }

    @Override
    public boolean sendToVoicemail(String callId) {
      return line.agent().sendToVoicemail(callId);
    }

    @Override
    public boolean hangUp(String callId) {
      return line.agent().hangUp(callId);
    }

    @Override
    public boolean hold(String callId, boolean on) {
      return line.agent().hold(callId, on);
    }
  }
}
