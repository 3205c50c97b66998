package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.store.CallResult;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Calls tab's filter: all calls, missed ones, messages, the call-back list, or those turned
 * away.
 */
enum CallFilter {
  ALL,
  MISSED,
  MESSAGES,
  CALL_BACK,
  TURNED_AWAY;

  /**
   * The rows this filter keeps; for {@link #CALL_BACK} the newest row of each number in {@code
   * callBack}.
   */
  List<CallRow> apply(List<CallRow> rows, Set<String> callBack) {
    if (this == CALL_BACK) {
      Set<String> seen = new HashSet<>();
      return rows.stream()
          .filter(r -> r.number().filter(callBack::contains).filter(seen::add).isPresent())
          .toList();
    }
    return rows.stream().filter(this::keeps).toList();
  }

  private boolean keeps(CallRow r) {
    return switch (this) {
      case MISSED -> r.result() == CallResult.MISSED;
      case MESSAGES -> r.result() == CallResult.MESSAGE;
      case TURNED_AWAY -> r.result() == CallResult.TURNED_AWAY;
      default -> true;
    };
  }

  String textKey() {
    return "filter." + name().toLowerCase(Locale.ROOT);
  }
}
