package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.RejectWith;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "Robots" sentences of the Rules tab (Swing-free): who is asked to press a digit, what follows
 * a failed challenge, and how robot ranges are turned away; and their {@code [screening]} keys.
 *
 * @param challenged the {@code challenge} conditions ticked: {@code unknown}, {@code anonymous},
 *     {@code foreign}, {@code robot_suspect}
 * @param hangUpOnFail {@code challenge_fail = "hangup"} (else "voicemail")
 * @param robotsUnavailable {@code robot_reject_with = "unavailable"} (else "603")
 * @param rejectWith {@code reject_with} for ordinary rejections (blocked numbers, call centres):
 *     one of {@link #REJECT_WITH}, or the status an old {@code reject_status} set
 */
record RobotsForm(
    Set<String> challenged, boolean hangUpOnFail, boolean robotsUnavailable, String rejectWith) {
  /** The conditions in the order the tab lists them. */
  static final List<String> CONDITIONS =
      List.of("unknown", "anonymous", "foreign", "robot_suspect");

  /** The values of {@code reject_with} in the order the tab offers them. */
  static final List<String> REJECT_WITH = List.of("603", "486", "404", "unavailable");

  RobotsForm {
    challenged = Set.copyOf(challenged);
  }

  RobotsForm(Set<String> challenged, boolean hangUpOnFail, boolean robotsUnavailable) {
    this(challenged, hangUpOnFail, robotsUnavailable, RejectWith.DECLINE.text());
  }

  /** The form showing {@code c}. */
  static RobotsForm of(ScreeningConfig c) {
    return new RobotsForm(
        c.challenge().conditions(),
        c.challenge().failVerdict() == Verdict.REJECT,
        c.robotRejectWith().intercept(),
        c.rejectWith().text());
  }

  /** The {@code [screening]} keys whose value differs from {@code before}, TOML-ready. */
  Map<String, Object> changes(ScreeningConfig before) {
    Map<String, Object> keys = new LinkedHashMap<>();
    if (!challenged.equals(before.challenge().conditions())) {
      keys.put(
          "challenge",
          CONDITIONS.stream().filter(challenged::contains).toList()); // stable order in the file
    }
    if (hangUpOnFail != (before.challenge().failVerdict() == Verdict.REJECT)) {
      keys.put("challenge_fail", hangUpOnFail ? "hangup" : "voicemail");
    }
    if (robotsUnavailable != before.robotRejectWith().intercept()) {
      keys.put("robot_reject_with", robotsUnavailable ? RejectWith.UNAVAILABLE.text() : "603");
    }
    if (!rejectWith.equals(before.rejectWith().text())) {
      keys.put("reject_with", rejectWith);
      keys.put("reject_status", null); // the old name of the key: removed, not left to conflict
    }
    return keys;
  }
}
