package dev.vorzimmer.app.config;

import dev.vorzimmer.screening.QuietHours;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code [screening]} (and, through {@link LookupReader}, {@code [screening.lookup]}) into
 * the screening module's config.
 */
final class ScreeningReader {
  private final Section s;
  private final List<String> warnings;

  ScreeningReader(Section s, List<String> warnings) {
    this.s = s;
    this.warnings = warnings;
  }

  ScreeningConfig read() throws ConfigException {
    ScreeningConfig d = ScreeningConfig.defaults();
    String region = s.string("region", "DE").orElse(d.region()).trim().toUpperCase(Locale.ROOT);
    if (!region.matches("[A-Z]{2}")) {
      throw s.error(
          "region",
          "= \"" + region + "\" is not a country code",
          "use a two-letter code such as \"DE\", \"AT\" or \"CH\"");
    }
    List<String> languages =
        s.strings("languages", "[\"de\", \"en\"]").orElse(List.copyOf(d.languages()));
    for (String lang : languages) {
      if (!lang.matches("[a-zA-Z]{2,3}")) {
        throw s.error(
            "languages",
            "contains \"" + lang + "\", which is not a language code",
            "use ISO 639-1 codes such as \"de\", \"en\", \"fr\"");
      }
    }
    ScreeningConfig.Builder b =
        d.toBuilder()
            .region(region)
            .languages(new HashSet<>(languages))
            .unknown(verdict("unknown", d.unknownVerdict(), Verdict.VOICEMAIL, Verdict.RING))
            .anonymous(
                verdict("anonymous", d.anonymousVerdict(), Verdict.VOICEMAIL, Verdict.REJECT))
            .repeatWindow(
                Duration.ofMinutes(
                    s.integer("repeat_minutes", 0, 1440, 5).orElse(d.repeatWindow().toMinutes())))
            .robotMinCallers(robotMinCallers(d))
            .robotPrefixDropDigits(
                s.integer("robot_prefix_drop_digits", 1, 6, 2)
                    .orElse((long) d.robotPrefixDropDigits())
                    .intValue())
            .robotWindow(
                Duration.ofMinutes(
                    s.integer("robot_window_minutes", 1, 1440, 10)
                        .orElse(d.robotWindow().toMinutes())))
            .robotQuarantine(
                Duration.ofHours(
                    s.integer("robot_quarantine_hours", 1, 24 * 365, 24)
                        .orElse(d.robotQuarantine().toHours())))
            .quietHours(quietHours())
            .forgedIds(s.bool("forged_ids").orElse(d.forgedIds()))
            .pingCalls(s.bool("ping_calls").orElse(d.pingCalls()))
            .callbackAllow(
                Duration.ofHours(
                    s.integer(
                            "callback_allow_hours",
                            0,
                            ScreeningConfig.MAX_CALLBACK_ALLOW_HOURS,
                            d.callbackAllow().toHours())
                        .orElse(d.callbackAllow().toHours())))
            .robotRejectWith(rejectWith("robot_reject_with").orElse(d.robotRejectWith()))
            .rejectWith(rejection(d))
            .challenge(challenge(d.challenge()));
    Optional<Section> lookup = s.subsection("lookup");
    if (lookup.isPresent()) {
      b.lookup(new LookupReader(lookup.get(), warnings).read(d.lookup()));
    }
    s.rejectUnknownKeys();
    return b.build();
  }

  /**
   * {@code reject_with}; the old key {@code reject_status} (any status 400..699) is still read into
   * it, with a warning naming the new key. Both at once is an error.
   */
  private dev.vorzimmer.screening.RejectWith rejection(ScreeningConfig d) throws ConfigException {
    Optional<dev.vorzimmer.screening.RejectWith> with = rejectWith("reject_with");
    if (!s.has("reject_status")) {
      return with.orElse(d.rejectWith());
    }
    if (with.isPresent()) {
      throw s.error(
          "reject_status",
          "is the old name of reject_with, and both are set (reject_with on line "
              + s.line("reject_with")
              + ")",
          "delete the reject_status line; reject_with = \"" + with.get().text() + "\" stays");
    }
    int status = s.integer("reject_status", 400, 699, 603).orElse(603L).intValue();
    dev.vorzimmer.screening.RejectWith old = dev.vorzimmer.screening.RejectWith.status(status);
    String now =
        java.util.Set.of(603, 486, 404).contains(status)
            ? "write reject_with = \"" + status + "\" instead"
            : "write reject_with = \"603\", \"486\", \"404\" or \"unavailable\" instead ("
                + status
                + " is still used until then)";
    warnings.add(
        s.file()
            + ":"
            + s.line("reject_status")
            + ": [screening] reject_status is the old name of reject_with; read as status "
            + status
            + ". Fix: "
            + now);
    return old;
  }

  private Optional<dev.vorzimmer.screening.RejectWith> rejectWith(String key)
      throws ConfigException {
    Optional<String> v = s.string(key, "unavailable");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(dev.vorzimmer.screening.RejectWith.parse(v.get()));
    } catch (IllegalArgumentException e) {
      throw s.error(
          key,
          "= \"" + v.get() + "\" is not allowed",
          "use \"603\" (decline), \"486\" (busy), \"404\" (not found) or \"unavailable\""
              + " (tones and announcement, then 404)");
    }
  }

  private dev.vorzimmer.screening.ChallengeConfig challenge(
      dev.vorzimmer.screening.ChallengeConfig d) throws ConfigException {
    List<String> conditions =
        s.strings("challenge", "[\"unknown\", \"anonymous\"]").orElse(List.copyOf(d.conditions()));
    for (String c : conditions) {
      if (!dev.vorzimmer.screening.ChallengeConfig.CONDITIONS.contains(c)) {
        throw s.error(
            "challenge",
            "contains \"" + c + "\", which is not a caller kind",
            "use any of \"unknown\", \"anonymous\", \"foreign\", \"robot_suspect\"");
      }
    }
    String digits = s.string("challenge_digits", "0-9").orElse(d.digits());
    try {
      dev.vorzimmer.screening.ChallengeConfig.digitSet(digits);
    } catch (IllegalArgumentException e) {
      throw s.error(
          "challenge_digits",
          "= \"" + digits + "\" is not a set of digits",
          "write a range such as \"0-9\" or \"1-5\", or digits such as \"1,3,5\"");
    }
    Verdict fail = challengeFail(d.failVerdict());
    long days = s.integer("challenge_remember_days", 0, 3650, 30).orElse(d.remember().toDays());
    return new dev.vorzimmer.screening.ChallengeConfig(
        new HashSet<>(conditions), digits, fail, Duration.ofDays(days), d.digitWait(), d.repeats());
  }

  private Verdict challengeFail(Verdict dflt) throws ConfigException {
    Optional<String> v = s.string("challenge_fail", "voicemail");
    if (v.isEmpty()) {
      return dflt;
    }
    return switch (v.get().trim().toLowerCase(Locale.ROOT)) {
      case "voicemail" -> Verdict.VOICEMAIL;
      case "hangup" -> Verdict.REJECT;
      default ->
          throw s.error(
              "challenge_fail",
              "= \"" + v.get() + "\" is not allowed",
              "use \"voicemail\" or \"hangup\"");
    };
  }

  private int robotMinCallers(ScreeningConfig d) throws ConfigException {
    long v = s.integer("robot_min_callers", 0, 1000, 3).orElse((long) d.robotMinCallers());
    if (v == 1) {
      throw s.error(
          "robot_min_callers",
          "= 1 would quarantine every caller",
          "use 0 to switch range detection off, or 2 or more");
    }
    return (int) v;
  }

  private Verdict verdict(String key, Verdict dflt, Verdict a, Verdict b) throws ConfigException {
    Optional<String> v = s.string(key, a.name().toLowerCase(Locale.ROOT));
    if (v.isEmpty()) {
      return dflt;
    }
    for (Verdict allowed : new Verdict[] {a, b}) {
      if (allowed.name().equalsIgnoreCase(v.get().trim())) {
        return allowed;
      }
    }
    throw s.error(
        key,
        "= \"" + v.get() + "\" is not allowed",
        "use \""
            + a.name().toLowerCase(Locale.ROOT)
            + "\" or \""
            + b.name().toLowerCase(Locale.ROOT)
            + "\"");
  }

  /** The quiet-hour spans, each checked so a bad one is reported with its line. */
  private String[] quietHours() throws ConfigException {
    List<String> out = new ArrayList<>();
    for (String text :
        s.stringOrStrings("quiet_hours", "[\"Mon-Fri 22:00-07:00\", \"Sat,Sun 00:00-09:00\"]")
            .orElse(List.of())) {
      try {
        QuietHours.parse(text);
        out.add(text);
      } catch (IllegalArgumentException e) {
        throw s.error(
            "quiet_hours",
            "contains \"" + text + "\": " + e.getMessage(),
            "write spans like \"Mon-Fri 22:00-07:00\", \"Sat,Sun 00:00-09:00\" or \"daily 12:00-13:00\"");
      }
    }
    return out.toArray(String[]::new);
  }
}
