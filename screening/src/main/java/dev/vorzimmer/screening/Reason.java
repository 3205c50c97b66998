package dev.vorzimmer.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reason or caller detail as data: a code and its arguments, put into words only when shown
 * ({@link ReasonTexts}, in the reader's language). Stored as such in the call log and messages.
 *
 * <p>Codes are the keys of the catalogues {@code dev/vorzimmer/screening/reasons*.properties} (e.g.
 * {@code contact}, {@code quiet}, {@code caller}); argument names say how a value is shown (see
 * {@link ReasonTexts}): {@code country} is an ISO 3166 code, {@code line} a {@link LineType} name,
 * {@code seconds} a number of seconds, {@code time} epoch milliseconds, anything else is shown as
 * it is (names, numbers, file names).
 *
 * @param code the catalogue key, e.g. {@code "contact"}
 * @param args named arguments in order, e.g. {@code name → "Praxis Dr. Schulz"}; empty values are
 *     "not known" (an optional part of the text that uses them is left out)
 */
public record Reason(String code, Map<String, String> args) {
  /** The code of a text stored before reasons had codes; shown verbatim (argument {@code text}). */
  public static final String LEGACY = "legacy";

  public Reason {
    Objects.requireNonNull(code, "code");
    Map<String, String> copy = new LinkedHashMap<>();
    args.forEach(
        (k, v) ->
            copy.put(Objects.requireNonNull(k, "arg name"), Objects.requireNonNullElse(v, "")));
    args = Collections.unmodifiableMap(copy);
  }

  /**
   * A reason with arguments given as name/value pairs: {@code Reason.of("contact", "name",
   * "Erika")}. A null value counts as empty.
   */
  public static Reason of(String code, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name/value pairs: " + code);
    }
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      args.put(String.valueOf(namesAndValues[i]), value == null ? "" : String.valueOf(value));
    }
    return new Reason(code, args);
  }

  /** A text from before codes (or from a newer program), shown as it is. */
  public static Reason legacy(String text) {
    return of(LEGACY, "text", text);
  }

  /** The argument {@code name}, or "" when not given. */
  public String arg(String name) {
    return args.getOrDefault(name, "");
  }
}
