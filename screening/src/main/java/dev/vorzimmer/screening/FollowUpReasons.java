package dev.vorzimmer.screening;

import java.time.Duration;

/**
 * The reasons and marks of what follows a call: the call-back allowance, ping calls and robot
 * messages. One place for their English wording, so they can become codes rendered per language.
 */
public final class FollowUpReasons {
  /** The list source of an allow entry made because the user called the number. */
  public static final String CALLBACK_SOURCE = "callback";

  private FollowUpReasons() {}

  /** Reason of a call that rings because the user called the number: "you called … 2 h ago". */
  public static Reason calledBack(Duration ago) {
    return Reason.of("called-back", "ago", Math.max(0, ago.toMinutes()));
  }

  /** The stored reason of a call-back allow entry, as the allow list shows it. */
  public static String callbackEntry(Duration allowFor) {
    return "you called this number: it rings for " + allowFor.toHours() + " h";
  }

  /**
   * The proposal after several messages without speech from one range in a day, e.g. "3 messages
   * without speech from +49211555990xx today: block this range? (vorzimmer block add
   * +49211555990*)".
   */
  public static Reason robotRangeProposal(String pattern, int messages) {
    return Reason.of(
        "robot.proposal",
        "count",
        messages,
        "range",
        pattern.replace("*", "xx"),
        "pattern",
        pattern);
  }

  /** "5 min", "2 h", "3 days". */
  static String ago(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    if (minutes < 60) {
      return Math.max(1, minutes) + " min";
    }
    if (minutes < 48 * 60) {
      return minutes / 60 + " h";
    }
    return minutes / (24 * 60) + " days";
  }
}
