package dev.vorzimmer.media;

import java.time.Duration;

/**
 * Tunables of the answering machine.
 *
 * @param maxLength longest message; then the machine finishes with {@code MAX_LENGTH}
 * @param silenceTimeout this much silence after the beep (or after the caller last spoke) finishes
 *     with {@code SILENCE}
 * @param silenceThreshold RMS level (16-bit units) of a packet below which it counts as silence
 * @param beepLength length of the beep after the greeting
 * @param beepHz beep frequency
 */
public record AnsweringMachineSettings(
    Duration maxLength,
    Duration silenceTimeout,
    int silenceThreshold,
    Duration beepLength,
    int beepHz) {

  /** Validates the values. */
  public AnsweringMachineSettings {
    requirePositive(maxLength, "maxLength");
    requirePositive(silenceTimeout, "silenceTimeout");
    requirePositive(beepLength, "beepLength");
    if (silenceThreshold < 0 || beepHz < 100 || beepHz > 3400) {
      throw new IllegalArgumentException("silenceThreshold must be >= 0 and beepHz 100..3400");
    }
  }

  /** 3 minutes maximum, 8 s silence timeout, RMS 200, a 400 ms 1 kHz beep. */
  public static AnsweringMachineSettings defaults() {
    return new AnsweringMachineSettings(
        Duration.ofMinutes(3), Duration.ofSeconds(8), 200, Duration.ofMillis(400), 1000);
  }

  /** A copy with another maximum length. */
  public AnsweringMachineSettings withMaxLength(Duration value) {
    return new AnsweringMachineSettings(
        value, silenceTimeout, silenceThreshold, beepLength, beepHz);
  }

  /** A copy with another silence timeout. */
  public AnsweringMachineSettings withSilenceTimeout(Duration value) {
    return new AnsweringMachineSettings(maxLength, value, silenceThreshold, beepLength, beepHz);
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
