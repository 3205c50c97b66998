package dev.vorzimmer.screening.internal.lists;

/**
 * Packs the digits of an E.164 number (or of a prefix) into one {@code long}: {@code digits * 16 +
 * digitCount}. The digit count keeps {@code +4930} and {@code +49030} apart; 15 digits need 54
 * bits.
 */
public final class PhoneKeys {
  /** E.164 allows at most 15 digits. */
  public static final int MAX_DIGITS = 15;

  /** Returned by the pack methods for input that is not a valid number or prefix. */
  public static final long INVALID = -1L;

  static final long[] POW10 = new long[MAX_DIGITS + 1];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private PhoneKeys() {}

  /** Key of an E.164 number {@code +} followed by 1–15 digits, or {@link #INVALID}. */
  public static long packNumber(CharSequence e164) {
    int n = e164.length();
    if (n < 2 || e164.charAt(0) != '+') {
      return INVALID;
    }
    return packDigits(e164, 1, n);
  }

  /** Key of a prefix pattern {@code +49211*} (the digits before the star), or {@link #INVALID}. */
  public static long packPrefix(CharSequence pattern) {
    int n = pattern.length();
    if (n < 3 || pattern.charAt(0) != '+' || pattern.charAt(n - 1) != '*') {
      return INVALID;
    }
    return packDigits(pattern, 1, n - 1);
  }

  /** Key of the digits {@code s[from, to)}, or {@link #INVALID} if not 1–15 ASCII digits. */
  public static long packDigits(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 1 || len > MAX_DIGITS) {
      return INVALID;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return INVALID;
      }
      value = value * 10 + (c - '0');
    }
    return (value << 4) | len;
  }

  /** Number of digits encoded in {@code key}. */
  public static int length(long key) {
    return (int) (key & 0xF);
  }

  /** Key of the first {@code prefixLength} digits of the number {@code key}. */
  public static long truncate(long key, int prefixLength) {
    int len = length(key);
    long digits = (key >>> 4) / POW10[len - prefixLength];
    return (digits << 4) | prefixLength;
  }

  /** The E.164 form {@code +4930123} of a number key. */
  public static String toNumber(long key) {
    return "+" + digits(key);
  }

  /** The prefix form {@code +4930*} of a prefix key. */
  public static String toPrefix(long key) {
    return "+" + digits(key) + "*";
  }

  private static String digits(long key) {
    int len = length(key);
    String raw = Long.toString(key >>> 4);
    if (raw.length() >= len) {
      return raw;
    }
    return "0".repeat(len - raw.length()) + raw;
  }
}
