package dev.vorzimmer.app.door;

import java.util.Optional;

/**
 * What another start of Vorzimmer asks the running phone: show its window, or dial {@code dial} (a
 * target {@link DialUri#parse} accepted). One line on the wire: {@code SHOW} or {@code DIAL
 * <target>}.
 */
public record DoorRequest(Optional<String> dial) {
  /** Bring the window to the front. */
  public static DoorRequest show() {
    return new DoorRequest(Optional.empty());
  }

  /** Dial {@code target}. */
  public static DoorRequest dial(String target) {
    return new DoorRequest(Optional.of(target));
  }

  String line() {
    return dial.map(t -> "DIAL " + t).orElse("SHOW");
  }

  /** The request a line on the wire names; empty when the line is neither SHOW nor DIAL. */
  static Optional<DoorRequest> of(String line) {
    if (line.equals("SHOW")) {
      return Optional.of(show());
    }
    if (line.startsWith("DIAL ") && line.length() > 5) {
      return Optional.of(dial(line.substring(5)));
    }
    return Optional.empty();
  }

  /**
   * The phone's answer: {@code ok} and a text for the user ({@code OK …} / {@code NO …} on the
   * wire).
   */
  public record Reply(boolean ok, String text) {
    String line() {
      return (ok ? "OK " : "NO ") + text.replaceAll("[\\r\\n]+", " ");
    }

    static Reply of(String line) {
      if (line.startsWith("OK ")) {
        return new Reply(true, line.substring(3));
      }
      return new Reply(false, line.startsWith("NO ") ? line.substring(3) : line);
    }
  }
}
