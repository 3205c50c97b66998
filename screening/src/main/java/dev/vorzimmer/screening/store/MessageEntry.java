package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An answering-machine message.
 *
 * @param id store id
 * @param time when recording started
 * @param caller the caller number
 * @param callerDisplay what was shown for the caller
 * @param reasons why the call went to the answering machine
 * @param file the audio file
 * @param duration recorded length (zero while recording)
 * @param heard whether the user listened to it
 * @param state one of {@link MessageIndex#STATES}
 * @param triage what the recording holds: {@code speech}, {@code short}, {@code tones}, {@code
 *     music}, {@code silent}, or empty when it was not triaged (recorded before triage existed, or
 *     the triage failed), which counts as speech
 * @param speechSeconds how much of it is speech, if triaged
 */
public record MessageEntry(
    long id,
    Instant time,
    String caller,
    String callerDisplay,
    List<Reason> reasons,
    Path file,
    Duration duration,
    boolean heard,
    String state,
    String triage,
    Optional<Double> speechSeconds) {
  public MessageEntry {
    reasons = List.copyOf(reasons);
  }

  /** A message that was not triaged. */
  public MessageEntry(
      long id,
      Instant time,
      String caller,
      String callerDisplay,
      List<Reason> reasons,
      Path file,
      Duration duration,
      boolean heard,
      String state) {
    this(
        id,
        time,
        caller,
        callerDisplay,
        reasons,
        file,
        duration,
        heard,
        state,
        "",
        Optional.empty());
  }

  /** The triage class for output: {@link #triage()}, or {@code "unknown"} if not triaged. */
  public String triageLabel() {
    return triage.isEmpty() ? MessageIndex.TRIAGE_UNKNOWN : triage;
  }

  /**
   * True for a message without speech that only a machine leaves: silent, or tones only (fax,
   * modem, SIT, DTMF). Filed under "Probably robots": not counted as unheard, not notified.
   */
  public boolean probablyRobot() {
    return MessageIndex.ROBOT_TRIAGE.contains(triage);
  }
}
