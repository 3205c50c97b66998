package dev.vorzimmer.sip.internal.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One NAPTR record (RFC 3403) as far as RFC 3263 needs it: order, preference, flags, service,
 * replacement.
 */
record NaptrRecord(int order, int preference, String flags, String service, String replacement) {

  /**
   * Parses JNDI's text form {@code 10 50 "s" "SIP+D2U" "" _sip._udp.example.net.}; empty when
   * malformed.
   */
  static Optional<NaptrRecord> parse(String text) {
    List<String> fields = fields(text);
    if (fields.size() != 6) {
      return Optional.empty();
    }
    try {
      String replacement = SrvRecord.stripDot(fields.get(5));
      if (replacement.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new NaptrRecord(
              Integer.parseInt(fields.get(0)),
              Integer.parseInt(fields.get(1)),
              fields.get(2),
              fields.get(3),
              replacement));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Splits on blanks; a double-quoted field may hold blanks and is returned without its quotes. */
  private static List<String> fields(String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inField = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        inField = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inField) {
          fields.add(field.toString());
          field.setLength(0);
          inField = false;
        }
      } else {
        field.append(c);
        inField = true;
      }
    }
    if (inField) {
      fields.add(field.toString());
    }
    return fields;
  }
}
