package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.ui.common.FormException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "After a call" sentences of the Rules tab (Swing-free): the call-back allowance, ping calls
 * and forged caller IDs, and their {@code [screening]} keys.
 *
 * @param callbackOn a number the user called rings afterwards ({@code callback_allow_hours} 0 when
 *     off)
 * @param callbackHours for how many hours (1 or more)
 * @param pingCalls {@code ping_calls}
 * @param forgedIds {@code forged_ids}
 */
record FollowUpForm(boolean callbackOn, int callbackHours, boolean pingCalls, boolean forgedIds) {
  static final int DEFAULT_CALLBACK_HOURS = 48;

  /** The form showing {@code c}. */
  static FollowUpForm of(ScreeningConfig c) {
    long hours = c.callbackAllow().toHours();
    return new FollowUpForm(
        hours > 0, hours > 0 ? (int) hours : DEFAULT_CALLBACK_HOURS, c.pingCalls(), c.forgedIds());
  }

  /** The {@code [screening]} keys whose value differs from {@code before}, TOML-ready. */
  Map<String, Object> changes(ScreeningConfig before) throws FormException {
    if (callbackOn
        && (callbackHours < 1 || callbackHours > ScreeningConfig.MAX_CALLBACK_ALLOW_HOURS)) {
      throw new FormException(
          "rules.error.callbackHours", ScreeningConfig.MAX_CALLBACK_ALLOW_HOURS);
    }
    Map<String, Object> keys = new LinkedHashMap<>();
    Duration callback = Duration.ofHours(callbackOn ? callbackHours : 0);
    if (!callback.equals(before.callbackAllow())) {
      keys.put("callback_allow_hours", callback.toHours());
    }
    if (pingCalls != before.pingCalls()) {
      keys.put("ping_calls", pingCalls);
    }
    if (forgedIds != before.forgedIds()) {
      keys.put("forged_ids", forgedIds);
    }
    return keys;
  }
}
