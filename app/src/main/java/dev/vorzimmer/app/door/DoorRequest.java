package dev.vorzimmer.app.door;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What another start of Vorzimmer asks the running phone: show its window, or dial {@code dial} (a
 * target {@link DialUri#parse} accepted), from {@code line} (a line's name; empty: the default
 * line). One line on the wire: {@code SHOW}, {@code DIAL <target>} or {@code DIAL line=<URL-encoded
 * name> <target>}.
 */
public record DoorRequest(Optional<String> dial, Optional<String> line) {
  private static final String LINE = "line=";

  /** Bring the window to the front. */
  public static DoorRequest show() {
    return new DoorRequest(Optional.empty(), Optional.empty());
  }

  /** Dial {@code target} from the default line. */
  public static DoorRequest dial(String target) {
    return dial(target, Optional.empty());
  }

  /** Dial {@code target} from the line named {@code line} (empty: the default line). */
  public static DoorRequest dial(String target, Optional<String> line) {
    return new DoorRequest(Optional.of(target), line);
  }

  /** The request on the wire, without its newline. */
  String wire() {
    return dial.map(
            t ->
                "DIAL "
                    + line.map(l -> LINE + URLEncoder.encode(l, StandardCharsets.UTF_8) + " ")
                        .orElse("")
                    + t)
        .orElse("SHOW");
  }

  /** The request a line on the wire names; empty when the line is neither SHOW nor DIAL. */
  static Optional<DoorRequest> of(String wire) {
    if (wire.equals("SHOW")) {
      return Optional.of(show());
    }
    if (!wire.startsWith("DIAL ") || wire.length() <= 5) {
      return Optional.empty();
    }
    String rest = wire.substring(5);
    if (!rest.startsWith(LINE)) {
      return Optional.of(dial(rest));
    }
    int space = rest.indexOf(' ');
    if (space < 0 || space == rest.length() - 1) {
      return Optional.empty();
    }
    try {
      String name = URLDecoder.decode(rest.substring(LINE.length(), space), StandardCharsets.UTF_8);
      return Optional.of(dial(rest.substring(space + 1), Optional.of(name)));
    } catch (IllegalArgumentException e) { // a bad %-escape: not a request
      return Optional.empty();
    }
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
