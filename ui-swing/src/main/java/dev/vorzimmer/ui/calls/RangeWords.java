package dev.vorzimmer.ui.calls;

import dev.vorzimmer.ui.common.Texts;
import java.util.function.UnaryOperator;

/**
 * Says in words what a range pattern blocks: {@code +4917155501*} → "0171 55501xx — 100 numbers".
 */
final class RangeWords {
  private RangeWords() {}

  /**
   * @param pattern a range ({@code +} digits {@code *})
   * @param format formats a full E.164 number the way the window shows numbers ("0171 5550100")
   */
  static String describe(String pattern, UnaryOperator<String> format, Texts t) {
    String prefix = pattern.substring(0, pattern.length() - 1);
    int open = NumberPatterns.RANGE_DROP_DIGITS;
    String shown = format.apply(prefix + "0".repeat(open));
    int digitsSeen = 0;
    StringBuilder sb = new StringBuilder(shown);
    for (int i = sb.length() - 1; i >= 0 && digitsSeen < open; i--) {
      if (Character.isDigit(sb.charAt(i))) {
        sb.setCharAt(i, 'x');
        digitsSeen++;
      }
    }
    long count = (long) Math.pow(10, open);
    return t.get("range.words", sb.toString(), count);
  }
}
