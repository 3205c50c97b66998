package dev.vorzimmer.screening;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All screening settings. Suggested TOML keys (section {@code [screening]}) per field; start from
 * {@link #defaults()} and change fields with {@link #toBuilder()}.
 *
 * @param region {@code region} — home region, ISO 3166 (default "DE"); national numbers are read
 *     against it and other countries count as foreign
 * @param languages {@code languages} — ISO 639-1 languages the user speaks (default ["de", "en"])
 * @param unknownVerdict {@code unknown} — {@code "voicemail"} (default) or {@code "ring"} for
 *     unknown domestic numbers
 * @param anonymousVerdict {@code anonymous} — {@code "voicemail"} (default) or {@code "reject"} for
 *     callers without a usable number
 * @param repeatWindow {@code repeat_minutes} — an unknown number calling again within this window
 *     rings (default 5; 0 disables)
 * @param robotMinCallers {@code robot_min_callers} — distinct numbers in one range that trigger a
 *     quarantine (default 3; 0 disables)
 * @param robotPrefixDropDigits {@code robot_prefix_drop_digits} — the range is the number without
 *     its last this-many digits (default 2: {@code +49211555990xx}); only valid numbers form a
 *     range, and never one shorter than the area/network code plus two digits
 * @param robotWindow {@code robot_window_minutes} — the callers must fall into this window (10)
 * @param robotQuarantine {@code robot_quarantine_hours} — how long a range stays quarantined (24)
 * @param quietHours {@code quiet_hours} — e.g. {@code ["Mon-Fri 22:00-07:00", "Sat,Sun
 *     00:00-09:00"]}
 * @param lookup {@code [screening.lookup]} — the online lookup
 * @param forgedIds {@code forged_ids} — a caller ID that German operators may not send (0900, 0137,
 *     118xx) goes to voicemail as forged (default true)
 * @param pingCalls {@code ping_calls} — mark short rings from premium-rate or foreign numbers as
 *     ping calls ("don't call back"), see {@link PingCalls} (default true)
 * @param callbackAllow {@code callback_allow_hours} — a number the user called rings for this long
 *     afterwards, so the return call gets through (default 48 h; zero switches it off)
 * @param rejectWith {@code reject_with} — how rejected calls (blocked numbers and ranges, the
 *     lookup) are turned away: {@code "603"} (default), {@code "486"}, {@code "404"} or {@code
 *     "unavailable"}; the old key {@code reject_status} is read into it
 * @param robotRejectWith {@code robot_reject_with} — the same for quarantined robot ranges (default
 *     {@code "unavailable"}, which ends with 410 Gone for them: see {@link RejectWith#forRobots()})
 * @param challenge the robot challenge ({@code challenge}, {@code challenge_digits}, …)
 */
public record ScreeningConfig(
    String region,
    Set<String> languages,
    Verdict unknownVerdict,
    Verdict anonymousVerdict,
    Duration repeatWindow,
    int robotMinCallers,
    int robotPrefixDropDigits,
    Duration robotWindow,
    Duration robotQuarantine,
    List<QuietHours> quietHours,
    LookupConfig lookup,
    boolean forgedIds,
    boolean pingCalls,
    Duration callbackAllow,
    RejectWith rejectWith,
    RejectWith robotRejectWith,
    ChallengeConfig challenge) {

  /** Longest {@code callback_allow_hours}: a year. */
  public static final int MAX_CALLBACK_ALLOW_HOURS = 24 * 365;

  public ScreeningConfig {
    region = Objects.requireNonNull(region, "region").toUpperCase(Locale.ROOT);
    languages =
        languages.stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    quietHours = List.copyOf(quietHours);
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(rejectWith, "rejectWith");
    Objects.requireNonNull(robotRejectWith, "robotRejectWith");
    Objects.requireNonNull(challenge, "challenge");
    if (unknownVerdict != Verdict.VOICEMAIL && unknownVerdict != Verdict.RING) {
      throw new IllegalArgumentException(
          "unknown must be \"voicemail\" or \"ring\", was " + unknownVerdict);
    }
    if (anonymousVerdict != Verdict.VOICEMAIL && anonymousVerdict != Verdict.REJECT) {
      throw new IllegalArgumentException(
          "anonymous must be \"voicemail\" or \"reject\", was " + anonymousVerdict);
    }
    if (repeatWindow == null || repeatWindow.isNegative()) {
      throw new IllegalArgumentException("repeat_minutes must be 0 or more, was " + repeatWindow);
    }
    if (robotMinCallers < 0 || robotMinCallers == 1) {
      throw new IllegalArgumentException(
          "robot_min_callers must be 0 (off) or at least 2, was " + robotMinCallers);
    }
    if (robotPrefixDropDigits < 1 || robotPrefixDropDigits > 6) {
      throw new IllegalArgumentException(
          "robot_prefix_drop_digits must be 1..6, was " + robotPrefixDropDigits);
    }
    LookupConfig.requirePositive(robotWindow, "robot_window_minutes");
    LookupConfig.requirePositive(robotQuarantine, "robot_quarantine_hours");
    if (callbackAllow == null
        || callbackAllow.isNegative()
        || callbackAllow.toHours() > MAX_CALLBACK_ALLOW_HOURS) {
      throw new IllegalArgumentException(
          "callback_allow_hours must be 0 (off) to "
              + MAX_CALLBACK_ALLOW_HOURS
              + ", was "
              + callbackAllow);
    }
  }

  /** Home region DE, languages de+en, unknown → voicemail, all detectors on, no quiet hours. */
  public static ScreeningConfig defaults() {
    return new ScreeningConfig(
        "DE",
        Set.of("de", "en"),
        Verdict.VOICEMAIL,
        Verdict.VOICEMAIL,
        Duration.ofMinutes(5),
        3,
        2,
        Duration.ofMinutes(10),
        Duration.ofHours(24),
        List.of(),
        LookupConfig.defaults(),
        true,
        true,
        Duration.ofHours(48),
        RejectWith.DECLINE,
        RejectWith.UNAVAILABLE,
        ChallengeConfig.defaults());
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private String region;
    private Set<String> languages;
    private Verdict unknownVerdict;
    private Verdict anonymousVerdict;
    private Duration repeatWindow;
    private int robotMinCallers;
    private int robotPrefixDropDigits;
    private Duration robotWindow;
    private Duration robotQuarantine;
    private List<QuietHours> quietHours;
    private LookupConfig lookup;
    private boolean forgedIds;
    private boolean pingCalls;
    private Duration callbackAllow;
    private RejectWith rejectWith;
    private RejectWith robotRejectWith;
    private ChallengeConfig challenge;

    private Builder(ScreeningConfig c) {
      region = c.region;
      languages = c.languages;
      unknownVerdict = c.unknownVerdict;
      anonymousVerdict = c.anonymousVerdict;
      repeatWindow = c.repeatWindow;
      robotMinCallers = c.robotMinCallers;
      robotPrefixDropDigits = c.robotPrefixDropDigits;
      robotWindow = c.robotWindow;
      robotQuarantine = c.robotQuarantine;
      quietHours = c.quietHours;
      lookup = c.lookup;
      forgedIds = c.forgedIds;
      pingCalls = c.pingCalls;
      callbackAllow = c.callbackAllow;
      rejectWith = c.rejectWith;
      robotRejectWith = c.robotRejectWith;
      challenge = c.challenge;
    }

    public Builder rejectWith(RejectWith value) {
      rejectWith = value;
      return this;
    }

    public Builder robotRejectWith(RejectWith value) {
      robotRejectWith = value;
      return this;
    }

    public Builder challenge(ChallengeConfig value) {
      challenge = value;
      return this;
    }

    public Builder region(String value) {
      region = value;
      return this;
    }

    public Builder languages(Set<String> value) {
      languages = value;
      return this;
    }

    public Builder unknown(Verdict value) {
      unknownVerdict = value;
      return this;
    }

    public Builder anonymous(Verdict value) {
      anonymousVerdict = value;
      return this;
    }

    public Builder repeatWindow(Duration value) {
      repeatWindow = value;
      return this;
    }

    public Builder robotMinCallers(int value) {
      robotMinCallers = value;
      return this;
    }

    public Builder robotPrefixDropDigits(int value) {
      robotPrefixDropDigits = value;
      return this;
    }

    public Builder robotWindow(Duration value) {
      robotWindow = value;
      return this;
    }

    public Builder robotQuarantine(Duration value) {
      robotQuarantine = value;
      return this;
    }

    /** Quiet hours as TOML strings, e.g. "Mon-Fri 22:00-07:00"; throws on bad text. */
    public Builder quietHours(String... spans) {
      quietHours = java.util.Arrays.stream(spans).map(QuietHours::parse).toList();
      return this;
    }

    public Builder lookup(LookupConfig value) {
      lookup = value;
      return this;
    }

    public Builder forgedIds(boolean value) {
      forgedIds = value;
      return this;
    }

    public Builder pingCalls(boolean value) {
      pingCalls = value;
      return this;
    }

    /** How long a number the user called rings afterwards; zero switches it off. */
    public Builder callbackAllow(Duration value) {
      callbackAllow = value;
      return this;
    }

    /** The validated configuration; throws IllegalArgumentException naming the bad key. */
    public ScreeningConfig build() {
      return new ScreeningConfig(
          region,
          languages,
          unknownVerdict,
          anonymousVerdict,
          repeatWindow,
          robotMinCallers,
          robotPrefixDropDigits,
          robotWindow,
          robotQuarantine,
          quietHours,
          lookup,
          forgedIds,
          pingCalls,
          callbackAllow,
          rejectWith,
          robotRejectWith,
          challenge);
    }
  }
}
