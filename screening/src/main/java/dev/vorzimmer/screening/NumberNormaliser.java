package dev.vorzimmer.screening;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns presented numbers into E.164 and describes them, offline, with libphonenumber.
 *
 * <p>Accepts {@code +4930…}, {@code 004930…}, {@code 030…} (against the home region), {@code
 * sip:+4930…@host;user=phone}, {@code tel:+4930…}, {@code <sip:…>} and punctuation such as {@code
 * +49 (0)30 123-456}. Anonymous forms (empty, "anonymous", "unknown", "unavailable", "restricted",
 * "private", "withheld", {@code sip:anonymous@anonymous.invalid}) are classified, anything else
 * that is not a number is {@link Presentation#UNRECOGNISED}; never throws for bad input.
 * Thread-safe.
 */
public final class NumberNormaliser {

  private static final Locale GERMAN = Locale.GERMAN;
  private static final String UNKNOWN_REGION = "ZZ";
  private static final Map<String, Presentation> ANONYMOUS_WORDS =
      Map.of(
          "", Presentation.UNAVAILABLE,
          "anonymous", Presentation.ANONYMOUS,
          "unknown", Presentation.UNAVAILABLE,
          "unavailable", Presentation.UNAVAILABLE,
          "restricted", Presentation.WITHHELD,
          "private", Presentation.WITHHELD,
          "withheld", Presentation.WITHHELD,
          "anonym", Presentation.ANONYMOUS,
          "unterdrückt", Presentation.WITHHELD);
  private static final Pattern PRIVACY_SEPARATORS = Pattern.compile("[;,\\s]+");
  private static final Set<String> PRIVACY_HIDING = Set.of("id", "user", "header");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String homeRegion;

  /** "+49" when the home region dials 00 abroad and 0 nationally (fast path), else null. */
  private final String homePlusPrefix;

  private final Map<String, String[]> countryNames = new ConcurrentHashMap<>();

  /** A normaliser for numbers dialled/presented in {@code homeRegion} (ISO 3166, e.g. "DE"). */
  public NumberNormaliser(String homeRegion) {
    Objects.requireNonNull(homeRegion, "homeRegion");
    if (!util.getSupportedRegions().contains(homeRegion.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "unknown region '" + homeRegion + "' (expected e.g. DE, AT, CH)");
    }
    this.homeRegion = homeRegion.toUpperCase(Locale.ROOT);
    this.homePlusPrefix =
        simpleDialScheme(this.homeRegion)
            ? "+" + util.getCountryCodeForRegion(this.homeRegion)
            : null;
  }

  /** True when the region dials 00 abroad and 0 nationally, checked with its example number. */
  private boolean simpleDialScheme(String region) {
    PhoneNumber example = util.getExampleNumber(region);
    if (example == null || !"0".equals(util.getNddPrefixForRegion(region, true))) {
      return false;
    }
    String nsn = util.getNationalSignificantNumber(example);
    try {
      return example.equals(util.parse("00" + example.getCountryCode() + nsn, region))
          && example.equals(util.parse("0" + nsn, region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** The home region, upper case. */
  public String homeRegion() {
    return homeRegion;
  }

  /** The E.164 form of {@code raw}, or empty if it is not a usable number. */
  public Optional<String> toE164(String raw) {
    return parse(raw).map(p -> util.format(p.number(), PhoneNumberFormat.E164));
  }

  /** Offline description of a presented number (no privacy header). */
  public CallerInfo describe(String raw) {
    return describe(raw, "");
  }

  /** Offline description of a presented number, honouring the {@code Privacy} header value. */
  public CallerInfo describe(String raw, String privacyHeader) {
    String value = raw == null ? "" : raw;
    if (hidesIdentity(privacyHeader)) {
      return CallerInfo.withoutNumber(value, Presentation.WITHHELD);
    }
    String user = userPart(value);
    Presentation anonymous = anonymousForm(value, user);
    if (anonymous != null) {
      return CallerInfo.withoutNumber(value, anonymous);
    }
    Optional<Parsed> parsed = parse(user);
    if (parsed.isEmpty()) {
      return CallerInfo.withoutNumber(value, Presentation.UNRECOGNISED);
    }
    return describeNumber(value, parsed.get());
  }

  private CallerInfo describeNumber(String raw, Parsed parsed) {
    PhoneNumber number = parsed.number();
    String region = util.getRegionCodeForNumber(number);
    Optional<String> iso =
        Optional.ofNullable(region).filter(r -> !UNKNOWN_REGION.equals(r) && !"001".equals(r));
    String[] names = iso.map(this::namesOf).orElse(null);
    PhoneNumberFormat format =
        homeRegion.equals(region) ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL;
    return new CallerInfo(
        raw,
        Presentation.NUMBER,
        Optional.of(util.format(number, PhoneNumberFormat.E164)),
        iso,
        Optional.ofNullable(names).map(n -> n[0]),
        Optional.ofNullable(names).map(n -> n[1]),
        lineType(parsed.type()),
        util.format(number, format),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }

  private String[] namesOf(String region) {
    return countryNames.computeIfAbsent(
        region,
        r -> {
          Locale country = new Locale("", r);
          return new String[] {
            country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(GERMAN)
          };
        });
  }

  /**
   * A parsed number with its type (computing the type is the expensive part, so it is done once).
   */
  private record Parsed(PhoneNumber number, PhoneNumberType type) {}

  private Optional<Parsed> parse(String text) {
    String cleaned = userPart(text == null ? "" : text).replace("(0)", "");
    if (cleaned.isBlank() || cleaned.length() > 40) {
      return Optional.empty();
    }
    PhoneNumber plain = plainE164(homeForm(cleaned));
    if (plain != null) {
      PhoneNumberType type = util.getNumberType(plain);
      if (type != PhoneNumberType.UNKNOWN) {
        return Optional.of(new Parsed(plain, type));
      }
    }
    try {
      PhoneNumber number = util.parse(cleaned, homeRegion);
      PhoneNumberType type = util.getNumberType(number);
      boolean usable =
          type != PhoneNumberType.UNKNOWN
              || util.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE;
      return usable ? Optional.of(new Parsed(number, type)) : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Rewrites plain-digit home-region forms to {@code +} form for the fast path: {@code 004930…} →
   * {@code +4930…}, {@code 030…} → {@code +4930…}, when the home region uses the simple {@code 00}
   * / {@code 0} scheme (else the input is returned unchanged for the general parser).
   */
  private String homeForm(String s) {
    if (homePlusPrefix == null || s.length() < 4 || s.charAt(0) != '0') {
      return s;
    }
    return s.charAt(1) == '0' ? "+" + s.substring(2) : homePlusPrefix + s.substring(1);
  }

  /**
   * Fast path for the most common SIP form, {@code +} and digits only: splits the country code with
   * a table look-up instead of the general (regex-heavy) parser. Returns null when the general
   * parser must decide (other characters, unknown country code, national number with leading zero).
   */
  private PhoneNumber plainE164(String s) {
    int n = s.length();
    if (n < 4 || n > 16 || s.charAt(0) != '+') {
      return null;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    for (int ccEnd = 2; ccEnd <= 4 && ccEnd < n; ccEnd++) {
      int countryCode = Integer.parseInt(s, 1, ccEnd, 10);
      if (!UNKNOWN_REGION.equals(util.getRegionCodeForCountryCode(countryCode))) {
        if (s.charAt(ccEnd) == '0') {
          return null;
        }
        return new PhoneNumber()
            .setCountryCode(countryCode)
            .setNationalNumber(Long.parseLong(s, ccEnd, n, 10));
      }
    }
    return null;
  }

  private static boolean hidesIdentity(String privacyHeader) {
    if (privacyHeader == null || privacyHeader.isBlank()) {
      return false;
    }
    for (String token : PRIVACY_SEPARATORS.split(privacyHeader)) {
      if (PRIVACY_HIDING.contains(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Presentation anonymousForm(String raw, String user) {
    Presentation word = ANONYMOUS_WORDS.get(user.trim().toLowerCase(Locale.ROOT));
    if (word != null) {
      return word;
    }
    return raw.toLowerCase(Locale.ROOT).contains("@anonymous.invalid")
        ? Presentation.ANONYMOUS
        : null;
  }

  /**
   * The user part of a SIP/tel URI ({@code sip:+4930@host;user=phone} → {@code +4930}), else the
   * input.
   */
  static String userPart(String raw) {
    String s = raw.trim();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sip:") || lower.startsWith("tel:")) {
      s = s.substring(4);
    } else if (lower.startsWith("sips:")) {
      s = s.substring(5);
    } else {
      return s;
    }
    int end = s.length();
    int at = s.indexOf('@');
    if (at >= 0) {
      end = at;
    }
    int semicolon = s.indexOf(';');
    if (semicolon >= 0 && semicolon < end) {
      end = semicolon;
    }
    return s.substring(0, end);
  }

  private static LineType lineType(PhoneNumberType type) {
    switch (type) {
      case MOBILE:
        return LineType.MOBILE;
      case FIXED_LINE:
        return LineType.FIXED;
      case FIXED_LINE_OR_MOBILE:
        return LineType.FIXED_OR_MOBILE;
      case TOLL_FREE:
        return LineType.TOLL_FREE;
      case PREMIUM_RATE:
        return LineType.PREMIUM_RATE;
      case SHARED_COST:
        return LineType.SHARED_COST;
      case VOIP:
        return LineType.VOIP;
      case PERSONAL_NUMBER:
        return LineType.PERSONAL;
      case PAGER:
        return LineType.PAGER;
      case UAN:
        return LineType.UAN;
      case VOICEMAIL:
        return LineType.VOICEMAIL;
      default:
        return LineType.UNKNOWN;
    }
  }
}
