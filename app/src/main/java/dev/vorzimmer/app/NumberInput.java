package dev.vorzimmer.app;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a user types as a number or a range, normalised for the lists: {@code 030 123456}, {@code
 * 0049 30 123456}, {@code +4930123456} → {@code +4930123456}; {@code 0211 555*} → {@code
 * +49211555*}; {@code +1*} stays a whole country.
 */
public final class NumberInput {
  private final NumberNormaliser normaliser;
  private final String nationalPrefix;
  private final int countryCode;

  NumberInput(NumberNormaliser normaliser) {
    this.normaliser = normaliser;
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    String ndd = util.getNddPrefixForRegion(normaliser.homeRegion(), true);
    this.nationalPrefix = ndd == null ? "" : ndd;
    this.countryCode = util.getCountryCodeForRegion(normaliser.homeRegion());
  }

  /** A full number as E.164, or empty when it is not a number. */
  public Optional<String> number(String raw) {
    return normaliser.toE164(raw);
  }

  /** A number or a prefix ending in {@code *}, in stored form; empty when it is neither. */
  public Optional<String> pattern(String raw) {
    String s = raw.strip();
    if (s.endsWith("*")) {
      return prefix(s.substring(0, s.length() - 1)).map(p -> p + "*");
    }
    return number(s);
  }

  /** For importers: numbers first, then bare prefixes (e.g. {@code 0211555}). */
  public Function<String, Optional<String>> importNormaliser() {
    return raw -> number(raw).or(() -> prefix(raw));
  }

  private Optional<String> prefix(String raw) {
    String s = raw.replaceAll("[\\s\\-./()]", "");
    String digits;
    if (s.startsWith("+")) {
      digits = s.substring(1);
    } else if (s.startsWith("00")) {
      digits = s.substring(2);
    } else if (!nationalPrefix.isEmpty() && s.startsWith(nationalPrefix) && countryCode > 0) {
      digits = countryCode + s.substring(nationalPrefix.length());
    } else {
      return Optional.empty();
    }
    if (digits.isEmpty()
        || digits.length() > 15
        || !digits.chars().allMatch(Character::isDigit)
        || digits.charAt(0) == '0') {
      return Optional.empty();
    }
    return Optional.of("+" + digits);
  }
}
