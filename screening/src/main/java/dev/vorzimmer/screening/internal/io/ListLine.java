package dev.vorzimmer.screening.internal.io;

/**
 * One useful line of a text list.
 *
 * @param pattern E.164 number or prefix ending in {@code *}
 * @param reason the optional reason column, empty if absent
 */
public record ListLine(String pattern, String reason) {
  public boolean isPrefix() {
    return pattern.endsWith("*");
  }
}
