package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.screening.Reason;
import java.time.Duration;

/**
 * Hears about voicemail messages (for the headless console and the window). Default no-ops; must
 * not block.
 */
public interface MessageListener {
  MessageListener NONE = new MessageListener() {};

  /** Message {@code id} from {@code caller} is being recorded (its row exists). */
  default void recording(long id, String caller) {}

  /** Message {@code id} is complete on disk. */
  default void saved(long id, String caller, Duration duration) {}

  /**
   * Message {@code id} is complete and triaged: {@code triage} is its class ({@code speech}, {@code
   * short}, {@code tones}, {@code music}, {@code silent}, or {@code unknown} when the triage
   * failed); {@code probablyRobot} when it is filed under "Probably robots" (no notification). By
   * default the same as {@link #saved(long, String, Duration)}.
   */
  default void saved(
      long id, String caller, Duration duration, String triage, boolean probablyRobot) {
    saved(id, caller, duration);
  }

  /** Several robot messages came from one range today: propose blocking it (never automatic). */
  default void robotRange(RobotMessageRanges.Proposal proposal) {}

  /** Message {@code id} could not be (fully) recorded. */
  default void failed(long id, String caller, String why) {}

  /**
   * A caller heard the greeting but could not leave a message because of the disk guard ({@code
   * why} says which limit, as a reason code).
   */
  default void notRecorded(String caller, Reason why) {}

  /** {@code count} messages interrupted by a crash were recovered at start. */
  default void recovered(int count) {}
}
