package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.MessageTriage;
import dev.vorzimmer.media.Triage;
import dev.vorzimmer.screening.store.MessageIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Triage of finished messages for {@link MessageRecorder}: {@link MessageTriage} runs on its own
 * lane (a three-minute message takes about 0.2 s of CPU: never the SIP thread, not the store lane),
 * the class and speech seconds are stored with the message, and robot messages (silent, tones only)
 * are counted per range for {@link RobotMessageRanges}.
 */
public final class MessageTriaging {
  private static final Logger log = LoggerFactory.getLogger(MessageTriaging.class);
  private final Executor lane;
  private final RobotMessageRanges ranges;

  /**
   * @param lane runs the classification (the recording-io lane)
   * @param ranges proposes blocking a range after several robot messages; confined to the store
   *     lane
   */
  public MessageTriaging(Executor lane, RobotMessageRanges ranges) {
    this.lane = lane;
    this.ranges = ranges;
  }

  /**
   * Classifies {@code wav} on the lane and hands the result (empty if it could not be read) to
   * {@code then}; runs {@code then} with empty at once when the lane is closed (shutting down).
   */
  void classify(Path wav, Consumer<Optional<Triage>> then) {
    try {
      lane.execute(() -> then.accept(classifyNow(wav)));
    } catch (RejectedExecutionException e) {
      log.warn("message {} is not triaged: the phone is stopping", wav);
      then.accept(Optional.empty());
    }
  }

  static Optional<Triage> classifyNow(Path wav) {
    try {
      Triage t = MessageTriage.classify(wav);
      log.info(
          "message {}: {} ({} s of speech)",
          wav.getFileName(),
          t.kind().label(),
          String.format(java.util.Locale.ROOT, "%.1f", t.speechSeconds()));
      return Optional.of(t);
    } catch (IOException | RuntimeException e) {
      log.warn("message {} could not be triaged; it counts as speech: {}", wav, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Stores {@code triage} with message {@code id} (on the store lane).
   *
   * @return true when the message is filed under "Probably robots"
   */
  boolean store(MessageIndex index, long id, String caller, Optional<Triage> triage) {
    if (triage.isEmpty()) {
      return false;
    }
    String label = triage.get().kind().label();
    try {
      index.setTriage(id, label, triage.get().speechSeconds());
    } catch (RuntimeException e) {
      log.error("could not store the triage of message {} from {}", id, caller, e);
      return false;
    }
    return MessageIndex.ROBOT_TRIAGE.contains(label);
  }

  /** After a robot message from {@code caller}: tells {@code listener} to propose its range. */
  void proposeRange(String caller, MessageListener listener) {
    try {
      ranges.afterRobotMessage(caller).ifPresent(listener::robotRange);
    } catch (RuntimeException e) {
      log.error("could not count the robot messages of {}'s range", caller, e);
    }
  }
}
