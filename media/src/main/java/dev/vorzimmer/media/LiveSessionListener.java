package dev.vorzimmer.media;

import java.util.Optional;

/**
 * Events of a {@link LiveSession}. Called on the media pacer thread: return quickly, never block
 * (post to the UI thread). All methods default to doing nothing.
 */
public interface LiveSessionListener {

  /** A key the peer pressed, received as RFC 4733 event (reported once, when it starts). */
  record Dtmf(char digit) {}

  /**
   * The call's microphone and speaker and whether they work. When {@link #usable()} is false the
   * call still runs: the peer hears silence and/or incoming audio is discarded; tell the user (and
   * offer to send the call to voicemail).
   *
   * @param microphone the input's name
   * @param microphoneProblem why the peer hears silence, if so
   * @param speaker the output's name
   * @param speakerProblem why the user hears nothing, if so
   */
  record DeviceState(
      String microphone,
      Optional<DeviceProblem> microphoneProblem,
      String speaker,
      Optional<DeviceProblem> speakerProblem) {

    /** Both devices work. */
    public boolean usable() {
      return microphoneProblem.isEmpty() && speakerProblem.isEmpty();
    }
  }

  /** Reported on start and whenever a device starts or stops working. */
  default void devices(DeviceState state) {}

  default void dtmf(Dtmf event) {}

  /**
   * The session ended by itself (its socket was closed under it, or its audio failed); not called
   * after {@code stop()}. The app should hang up.
   */
  default void ended() {}
}
