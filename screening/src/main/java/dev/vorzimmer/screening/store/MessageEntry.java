package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
    String state) {
  public MessageEntry {
    reasons = List.copyOf(reasons);
  }
}
