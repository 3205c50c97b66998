package dev.vorzimmer.app.door;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a {@code tel:}, {@code callto:} or {@code sip:} link (or a typed number) asks the phone to
 * dial, checked before anything starts.
 *
 * <ul>
 *   <li>{@code tel:} (RFC 3966): visual separators ({@code - . ( )} and spaces, also as {@code
 *       %20}) are dropped; {@code tel:+49-30-1234567} dials {@code +49301234567}. A local number
 *       with a global {@code ;phone-context=+49-30} is read the way libphonenumber reads it: the
 *       context's digits, then the local digits. A local number in a domain context ({@code
 *       ;phone-context=example.com}) or without context is dialled as written (the phone reads it
 *       against its home region). Other parameters ({@code ext}, {@code isub}) are ignored.
 *   <li>{@code callto:} ({@code callto:+4930…}, {@code callto://+4930…}): a number as for {@code
 *       tel:}, or {@code user@host} as a SIP address.
 *   <li>{@code sip:} / {@code sips:}: passed on as written, when it has a host and no spaces.
 * </ul>
 *
 * Anything else is refused with a {@link BadDialUriException} that says why.
 */
public final class DialUri {
  private static final int MAX_LENGTH = 512;
  private static final Pattern SEPARATORS = Pattern.compile("[-.() ]");
  private static final Pattern GLOBAL = Pattern.compile("\\+[1-9][0-9]{0,14}");
  private static final Pattern LOCAL = Pattern.compile("[0-9*#]{1,32}");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
  private static final Pattern SIP =
      Pattern.compile("(?i)sips?:([^\\s@<>\"]+@)?[a-z0-9.\\[\\]:-]+(:[0-9]{1,5})?(;[^\\s<>\"]*)?");
  private static final Pattern CALLTO_ADDRESS = Pattern.compile("[^\\s@<>\":;]+@[a-zA-Z0-9.-]+");

  private DialUri() {}

  /**
   * The dial target of {@code raw}: a global number ({@code +4930…}), a local number as written
   * ({@code 0301234567}, {@code 7042}), or a {@code sip:} URI.
   *
   * @throws BadDialUriException when {@code raw} is none of these; the message says why
   */
  public static String parse(String raw) throws BadDialUriException {
    if (raw == null || raw.isBlank()) {
      throw new BadDialUriException("nothing to dial: give a number, tel:, callto: or sip: URI");
    }
    if (raw.length() > MAX_LENGTH) {
      throw bad(raw.substring(0, 40) + "…", "longer than " + MAX_LENGTH + " characters");
    }
    if (raw.chars().anyMatch(Character::isISOControl)) {
      throw bad(raw, "it contains control characters");
    }
    String text = raw.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
      return sip(text);
    }
    if (lower.startsWith("tel:")) {
      return tel(text, decode(text, text.substring(4)));
    }
    if (lower.startsWith("callto:")) {
      return callto(text, decode(text, text.substring(7)));
    }
    if (lower.matches("[a-z][a-z0-9+.-]*:.*") && !lower.matches("\\+?[0-9 ()./-]*")) {
      throw bad(text, "only tel:, callto: and sip: links can be dialled");
    }
    return tel(text, text);
  }

  private static String sip(String text) throws BadDialUriException {
    if (!SIP.matcher(text).matches()) {
      throw bad(text, "a sip: URI needs a host and may not contain spaces, <, > or quotes");
    }
    return text;
  }

  private static String callto(String text, String rest) throws BadDialUriException {
    String address = rest.startsWith("//") ? rest.substring(2) : rest;
    if (address.endsWith("/")) {
      address = address.substring(0, address.length() - 1);
    }
    if (address.contains("@")) {
      if (!CALLTO_ADDRESS.matcher(address).matches()) {
        throw bad(text, "'" + address + "' is not an address like user@host");
      }
      return "sip:" + address;
    }
    return tel(text, address);
  }

  /** {@code body}: the part after {@code tel:}, percent-decoded: number, then parameters. */
  private static String tel(String text, String body) throws BadDialUriException {
    String[] parts = body.split(";", -1);
    String number = SEPARATORS.matcher(parts[0]).replaceAll("");
    String context = null;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.regionMatches(true, 0, "phone-context=", 0, 14)) {
        context = p.substring(14);
      }
    }
    if (number.isEmpty()) {
      throw bad(text, "there is no number in it");
    }
    if (number.startsWith("+")) {
      if (!GLOBAL.matcher(number).matches()) {
        throw bad(
            text, "a number starting with + needs 1 to 15 digits (no leading 0) and nothing else");
      }
      return number;
    }
    if (!LOCAL.matcher(number).matches()) {
      throw bad(text, "'" + parts[0] + "' is not a phone number (digits, * and # only)");
    }
    return context == null ? number : inContext(text, number, context);
  }

  private static String inContext(String text, String number, String context)
      throws BadDialUriException {
    if (context.startsWith("+")) {
      String prefix = SEPARATORS.matcher(context).replaceAll("");
      String global = prefix + number;
      if (!GLOBAL.matcher(prefix).matches() || !GLOBAL.matcher(global).matches()) {
        throw bad(
            text,
            "phone-context '"
                + context
                + "' and the number do not make a number of up to 15 digits");
      }
      return global;
    }
    if (!DOMAIN.matcher(context).matches()) {
      throw bad(text, "phone-context '" + context + "' is neither +digits nor a domain name");
    }
    return number;
  }

  /** Percent-decodes {@code s} as UTF-8 ({@code %20} → space); a broken escape is refused. */
  private static String decode(String text, String s) throws BadDialUriException {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= s.length()) {
        throw bad(text, "'%' must be followed by two hex digits");
      }
      int hi = Character.digit(s.charAt(i + 1), 16);
      int lo = Character.digit(s.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) {
        throw bad(text, "'%' must be followed by two hex digits");
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
      if (decoded.chars().anyMatch(Character::isISOControl)) {
        throw bad(text, "it contains control characters");
      }
      return decoded;
    } catch (CharacterCodingException e) {
      throw bad(text, "its %-escapes are not UTF-8");
    }
  }

  private static BadDialUriException bad(String text, String why) {
    return new BadDialUriException("cannot dial '" + text + "': " + why);
  }
}
