package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.LineType;
import dev.vorzimmer.screening.Presentation;
import dev.vorzimmer.screening.Reason;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the English reason texts stored before reasons had codes back into codes, for the schema
 * migration. What it does not recognise stays a {@link Reason#legacy} text, shown as it is.
 */
final class LegacyReasons {
  private static final Map<String, String> COUNTRIES = countries();
  private static final Map<String, String> SERVICES =
      Map.of(
          "premium-rate number (0900)", "PREMIUM_RATE",
          "mass-traffic number (0137)", "MASS_TRAFFIC",
          "directory-service number (118xx)", "DIRECTORY");
  private static final List<LineType> LINES =
      Stream.of(LineType.values())
          .sorted(Comparator.comparingInt((LineType t) -> t.label().length()).reversed())
          .toList();
  private static final String DURATION = "(\\d+) (s|min)";

  private record Form(Pattern pattern, Function<Matcher, Optional<Reason>> reason) {}

  private static final List<Form> FORMS =
      List.of(
          form("favourite contact (.+)", m -> ok("contact.favourite", "name", m.group(1))),
          form("contact (.+)", m -> ok("contact", "name", m.group(1))),
          form("unknown number", m -> ok("unknown")),
          form("unknown number with failed caller ID verification", m -> ok("unknown.unverified")),
          form(
              "called again after " + DURATION + " — repeat caller let through",
              m -> ok("repeat", "seconds", seconds(m, 1))),
          form(
              "called again, but not let through as a repeat caller: caller ID verification failed",
              m -> ok("repeat.unverified")),
          form(
              "quiet hours \\((.+)\\), only favourites ring",
              m -> ok("quiet.only-favourites", "span", m.group(1))),
          form("quiet hours \\((.+)\\)", m -> ok("quiet", "span", m.group(1))),
          form("foreign: (.+) \\(language unknown\\)", m -> country("foreign.language-unknown", m)),
          form(
              "foreign: (.+) \\(language not spoken\\)",
              m -> country("foreign.language-not-spoken", m)),
          form("foreign: (.+)", m -> country("foreign", m)),
          form(
              "(.+): this kind of number cannot call you; the caller ID is forged",
              m ->
                  Optional.ofNullable(SERVICES.get(m.group(1)))
                      .map(s -> Reason.of("forged", "service", s))),
          form(
              "on blocklist \\(range (\\S+)\\): (.+)",
              m -> origin("blocked.range", m.group(2), "pattern", m.group(1))),
          form("on blocklist: (.+)", m -> origin("blocked", m.group(1))),
          form(
              "on allow-list \\(range (\\S+)\\): (.+)",
              m -> origin("allowed", m.group(2), "pattern", m.group(1))),
          form("on allow-list: (.+)", m -> origin("allowed", m.group(1))),
          form(
              "caller ID verification failed \\(STIR/SHAKEN (\\S+)\\)",
              m -> ok("verification-failed", "status", m.group(1))),
          form("(\\S+): no spam reports", m -> ok("lookup.clean", "lookup", m.group(1))),
          form(
              "(\\S+): (\\d+) spam votes? \\(rating (\\S+)\\), below threshold (\\d+)",
              m ->
                  ok(
                      "lookup.below-threshold",
                      "lookup",
                      m.group(1),
                      "votes",
                      m.group(2),
                      "rating",
                      m.group(3),
                      "threshold",
                      m.group(4))),
          form(
              "(\\S+): (\\d+) spam votes? \\(rating (\\S+)\\)",
              m ->
                  ok(
                      "lookup.votes",
                      "lookup",
                      m.group(1),
                      "votes",
                      m.group(2),
                      "rating",
                      m.group(3))),
          form(
              "lookup skipped: (\\S+) did not answer within (\\d+) ms",
              m -> ok("lookup.timeout", "lookup", m.group(1), "ms", m.group(2))),
          form("lookup skipped: interrupted", m -> ok("lookup.interrupted")),
          form(
              "lookup skipped: (\\S+) failed \\((.*)\\)",
              m -> ok("lookup.failed", "lookup", m.group(1), "detail", m.group(2))),
          form("lookup skipped: (.+)", m -> ok("lookup.error", "detail", m.group(1))),
          form("ghost call refused \\(403\\): (.+)", m -> ok("ghost", "detail", m.group(1))),
          form(
              "(\\d+) ghost calls? from (.+) in 1 min",
              m ->
                  ok(
                      "ghost.summary",
                      "count",
                      m.group(1),
                      "source",
                      m.group(2).equals("an unknown address") ? "" : m.group(2))),
          form(
              "number not recognised: \"(.*)\"",
              m -> ok("no-number", "presentation", "UNRECOGNISED", "raw", m.group(1))));

  private LegacyReasons() {}

  /** The reason an old English text stood for, or the text as a legacy reason. */
  static Reason parse(String text) {
    for (Presentation p : Presentation.values()) {
      if (p.reason().equals(text)) {
        return Reason.of("no-number", "presentation", p.name());
      }
    }
    for (Form f : FORMS) {
      Matcher m = f.pattern().matcher(text);
      if (m.matches()) {
        Optional<Reason> r = f.reason().apply(m);
        if (r.isPresent()) {
          return r.get();
        }
      }
    }
    return callerDetails(text).orElseGet(() -> Reason.legacy(text));
  }

  /** "landline number, München, Germany (T-Mobile)" → {@code caller}. */
  private static Optional<Reason> callerDetails(String text) {
    for (LineType line : LINES) {
      if (!text.startsWith(line.label())) {
        continue;
      }
      String rest = text.substring(line.label().length());
      String carrier = "";
      Matcher c = Pattern.compile("(.*) \\(([^()]+)\\)").matcher(rest);
      if (c.matches()) {
        rest = c.group(1);
        carrier = c.group(2);
      }
      if (!rest.isEmpty() && !rest.startsWith(", ")) {
        return Optional.empty();
      }
      String[] parts = rest.isEmpty() ? new String[0] : rest.substring(2).split(", ");
      String country = parts.length == 0 ? "" : COUNTRIES.get(parts[parts.length - 1]);
      if (country == null || parts.length > 2) {
        return Optional.empty();
      }
      String place = parts.length == 2 ? parts[0] : "";
      return ok(
          "caller", "line", line.name(), "place", place, "country", country, "carrier", carrier);
    }
    return Optional.empty();
  }

  /** A list-entry origin: "added by you", "imported from x.txt", "note (from y)", … */
  private static Optional<Reason> origin(String code, String origin, String... more) {
    Matcher withNote =
        Pattern.compile(
                "(.+) \\((added by you|imported from .+|robot range made permanent|from .+)\\)")
            .matcher(origin);
    String note = "";
    String from = origin;
    if (withNote.matches()) {
      note = withNote.group(1);
      from = withNote.group(2);
    }
    String source;
    if (from.equals("added by you")) {
      source = "cli";
    } else if (from.equals("robot range made permanent")) {
      source = "robot-range";
    } else if (from.startsWith("imported from ")) {
      source = "import:" + from.substring("imported from ".length());
    } else if (from.startsWith("from ")) {
      source = from.substring("from ".length());
    } else {
      return Optional.empty();
    }
    Object[] args = new Object[more.length + 4];
    System.arraycopy(more, 0, args, 0, more.length);
    args[more.length] = "origin";
    args[more.length + 1] = source;
    args[more.length + 2] = "note";
    args[more.length + 3] = note;
    return ok(code, args);
  }

  private static Optional<Reason> country(String code, Matcher m) {
    return Optional.ofNullable(COUNTRIES.get(m.group(1))).map(c -> Reason.of(code, "country", c));
  }

  private static String seconds(Matcher m, int group) {
    long n = Long.parseLong(m.group(group));
    return String.valueOf(m.group(group + 1).equals("min") ? n * 60 : n);
  }

  private static Optional<Reason> ok(String code, Object... args) {
    return Optional.of(Reason.of(code, args));
  }

  private static Form form(String regex, Function<Matcher, Optional<Reason>> reason) {
    return new Form(Pattern.compile(regex), reason);
  }

  /** English country names (as {@code CallerInfo} stored them) → ISO 3166 codes. */
  private static Map<String, String> countries() {
    Map<String, String> names = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      names.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH), iso);
    }
    return Map.copyOf(names);
  }
}
