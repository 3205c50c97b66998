package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.messages.MessageRow;
import java.time.Duration;

/**
 * A desktop notification's text: a title and one line of body. The factory methods are pure
 * functions of their inputs and the language, so they are unit-tested without a desktop.
 */
public record Notification(String title, String body) {

  /**
   * "Missed call" — "Erika Mustermann · 030 1234567"; without a name just the number, without
   * either "Unknown caller".
   *
   * @param name the contact or display name, blank if none
   * @param number the formatted number, blank if withheld
   */
  static Notification missedCall(String name, String number, Texts t) {
    return new Notification(t.get("notify.missed.title"), who(name, number, t));
  }

  /** "New message" — "Erika Mustermann · 030 1234567 (0:07)". */
  static Notification newMessage(String name, String number, Duration length, Texts t) {
    return new Notification(
        t.get("notify.message.title"),
        t.get("notify.message.body", who(name, number, t), MessageRow.duration(length)));
  }

  /** Title and body on one line, for the window's status bar. */
  public String oneLine() {
    return title + ": " + body;
  }

  private static String who(String name, String number, Texts t) {
    boolean hasName = name != null && !name.isBlank();
    boolean hasNumber = number != null && !number.isBlank();
    if (hasName && hasNumber && !name.strip().equals(number.strip())) {
      return name.strip() + " · " + number.strip();
    }
    if (hasName || hasNumber) {
      return (hasName ? name : number).strip();
    }
    return t.get("notify.unknownCaller");
  }
}
