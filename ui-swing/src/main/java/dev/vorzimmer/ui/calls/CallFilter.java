package dev.vorzimmer.ui.calls;

import java.util.List;
import java.util.function.Predicate;

/** The Calls tab's filter: all calls, or those that rang, went to voicemail, or were rejected. */
enum CallFilter implements Predicate<CallRow> {
  ALL(null),
  RANG("RING"),
  VOICEMAIL("VOICEMAIL"),
  REJECTED("REJECT");

  private final String verdict;

  CallFilter(String verdict) {
    this.verdict = verdict;
  }

  @Override
  public boolean test(CallRow row) {
    return verdict == null || verdict.equals(row.verdict());
  }

  List<CallRow> apply(List<CallRow> rows) {
    return rows.stream().filter(this).toList();
  }

  String textKey() {
    return "filter." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
