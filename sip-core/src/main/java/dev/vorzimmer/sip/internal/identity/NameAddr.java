package dev.vorzimmer.sip.internal.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code name-addr} / {@code addr-spec} header value ({@code "Erika"
 * <sip:+4930@h;user=phone>;tag=1}), tolerant of the forms providers really send. Pure string work:
 * no JAIN-SIP types.
 *
 * @param displayName display name without quotes (may be empty)
 * @param uri the URI without angle brackets
 * @param headerParams what follows the URI ({@code ;tag=..;privacy=full}), lower-cased keys
 */
public record NameAddr(String displayName, String uri, String headerParams) {

  /** Parses a header value; empty when it holds no URI. */
  public static Optional<NameAddr> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    int lt = v.indexOf('<');
    if (lt >= 0) {
      int gt = v.indexOf('>', lt);
      if (gt < 0) {
        return Optional.empty();
      }
      String name = unquote(v.substring(0, lt).strip());
      String uri = v.substring(lt + 1, gt).strip();
      // "<>" holds no URI: no name-addr at all rather than one whose URI is empty
      return uri.isEmpty()
          ? Optional.empty()
          : Optional.of(new NameAddr(name, uri, v.substring(gt + 1)));
    }
    int semi = v.indexOf(';');
    String uri = semi < 0 ? v : v.substring(0, semi);
    return uri.isBlank()
        ? Optional.empty()
        : Optional.of(new NameAddr("", uri, semi < 0 ? "" : v.substring(semi)));
  }

  /**
   * The number-ish user part: the user of a {@code sip:}/{@code sips:} URI (percent-unescaped,
   * without user parameters such as {@code ;verstat=}), or the number of a {@code tel:} URI.
   */
  public String user() {
    String u = uri;
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("tel:")) {
      u = u.substring(4);
    } else if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
      u = u.substring(u.indexOf(':') + 1);
      int at = u.lastIndexOf('@');
      if (at < 0) {
        return "";
      }
      u = u.substring(0, at);
    } else {
      return "";
    }
    int semi = u.indexOf(';');
    return unescape(semi < 0 ? u : u.substring(0, semi));
  }

  /**
   * A parameter of the URI's user part, URI or header params (e.g. {@code verstat}, {@code
   * privacy}).
   */
  public Optional<String> param(String name) {
    String key = ";" + name.toLowerCase(Locale.ROOT) + "=";
    for (String s : new String[] {uri, headerParams}) {
      String lower = s.toLowerCase(Locale.ROOT);
      int i = lower.indexOf(key);
      if (i >= 0) {
        int start = i + key.length();
        int end = start;
        while (end < s.length() && ";>?@&".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        return Optional.of(unquote(s.substring(start, end)));
      }
    }
    return Optional.empty();
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return s;
  }

  private static String unescape(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        char decoded = (char) Integer.parseInt(s.substring(i + 1, i + 3), 16);
        // A %00 would truncate numbers further down; keep it escaped (RFC 4475 escnull).
        if (decoded == 0) {
          out.append(s, i, i + 3);
        } else {
          out.append(decoded);
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
