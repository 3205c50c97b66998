package dev.vorzimmer.ui.calls;

import java.util.Optional;

/** Block/allow patterns the row actions offer for a number. */
public final class NumberPatterns {
  /** How many trailing digits a "block range" drops. */
  static final int RANGE_DROP_DIGITS = 2;

  private NumberPatterns() {}

  /**
   * The range around an E.164 number: the number minus its last two digits plus {@code *} ({@code
   * +492115550123} → {@code +4921155501*}); empty when that would leave less than a country code
   * and four digits (too wide to block by accident).
   */
  public static Optional<String> rangeOf(String e164) {
    if (!e164.startsWith("+") || e164.length() - 1 - RANGE_DROP_DIGITS < 5) {
      return Optional.empty();
    }
    return Optional.of(e164.substring(0, e164.length() - RANGE_DROP_DIGITS) + "*");
  }
}
