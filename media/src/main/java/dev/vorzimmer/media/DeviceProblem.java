package dev.vorzimmer.media;

import java.util.Objects;

/**
 * Why a microphone or speaker delivers or plays no audio. The UI words {@link #kind()} in the
 * user's language; {@link #detail()} is technical (for the log or a tooltip).
 *
 * @param kind what went wrong
 * @param detail the technical cause, e.g. {@code "PortAudio: no capture device"}
 */
public record DeviceProblem(Kind kind, String detail) {

  /** What went wrong, from the user's point of view. */
  public enum Kind {
    /** The device layer found no such device (no sound card, nothing plugged in). */
    NO_DEVICE,
    /** The device layer itself could not start (native library missing or broken). */
    UNAVAILABLE,
    /** The device exists but could not be opened or stopped working during the call. */
    FAILED
  }

  /** Validates the values. */
  public DeviceProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
