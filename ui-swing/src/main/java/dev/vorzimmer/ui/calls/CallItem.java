package dev.vorzimmer.ui.calls;

/** One line of the call list: a date header or a call. */
sealed interface CallItem {
  /** "Today", "Yesterday", "Monday", "24.11.2026". */
  record Header(String text) implements CallItem {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A call. Its text reads like the old table's row, for tests and screen readers. */
  record Call(CallRow row) implements CallItem {
    @Override
    public String toString() {
      return String.join(
          " | ",
          row.verdictText(),
          row.timeText(),
          row.caller(),
          row.info(),
          row.mainReason(),
          row.outcomeText());
    }
  }
}
