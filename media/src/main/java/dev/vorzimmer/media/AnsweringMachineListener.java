package dev.vorzimmer.media;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Events of an {@link AnsweringMachine}. Called on media threads (the pacer or the recording I/O
 * thread): return quickly and never block. All methods default to doing nothing.
 */
public interface AnsweringMachineListener {

  /** Why a session finished. */
  enum FinishReason {
    /** {@code stop()} or {@code close()} was called (the caller hung up). */
    STOPPED,
    /** The maximum message length was reached: the app should hang up (BYE). */
    MAX_LENGTH,
    /** The caller was silent for the silence timeout: the app should hang up (BYE). */
    SILENCE,
    /**
     * The media failed unexpectedly (logged); what was recorded is kept: the app should hang up
     * (BYE).
     */
    FAILED,
    /**
     * The machine was started without a recording target (e.g. the disk is full): the greeting was
     * played and nothing recorded; the app should hang up (BYE).
     */
    GREETING_ONLY
  }

  /**
   * The session is over.
   *
   * @param reason why
   * @param recorded audio received after the beep (zero if the caller hung up before it)
   * @param file the finished WAV, or {@code null} if recording never started or could not create
   *     the file; after {@link #recordingFailed} it holds only what reached the disk
   */
  record Finished(FinishReason reason, Duration recorded, Path file) {}

  /** A key press received as RFC 4733 event. */
  record Dtmf(char digit) {}

  default void greetingStarted() {}

  default void greetingFinished() {}

  /** The caller pressed {@code #} during the greeting. */
  default void greetingSkipped() {}

  /** The beep was played; audio from now on is recorded. */
  default void recordingStarted() {}

  default void dtmf(Dtmf event) {}

  /**
   * Recording is impossible (unwritable directory, disk full). The call goes on; audio flushed
   * before the error stays in the {@code .part} file for {@link RecordingRecovery}.
   */
  default void recordingFailed(IOException error) {}

  /** Called exactly once per started session, after the recording file is complete. */
  default void finished(Finished result) {}
}
