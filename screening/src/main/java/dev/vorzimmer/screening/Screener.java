package dev.vorzimmer.screening;

import dev.vorzimmer.screening.internal.rules.Outcome;
import dev.vorzimmer.screening.internal.rules.RecentCalls;
import dev.vorzimmer.screening.internal.rules.RobotRangeDetector;
import dev.vorzimmer.screening.internal.rules.Rule;
import dev.vorzimmer.screening.internal.rules.ScreeningContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens to an incoming call: ring, voicemail (with which greeting) or reject, with
 * the reasons why. Pure policy, no SIP or audio. Thread-safe: calls may be decided concurrently,
 * and {@link #reconfigure} may swap the settings meanwhile (each decision uses one whole set).
 *
 * <p>Rules run in this order; the <b>first rule that decides wins</b>. Earlier rules may add
 * informational reasons (line type and country, STIR/SHAKEN failure, lookup votes below threshold);
 * the deciding reason is always last in {@link Decision#reasons()}.
 *
 * <table>
 * <caption>Screening rules, in order of precedence</caption>
 * <tr><th>#</th><th>Rule</th><th>Verdict</th><th>Notes</th></tr>
 * <tr><td>1</td><td>No usable number (withheld, anonymous, unavailable, unrecognised)</td>
 *     <td>VOICEMAIL, greeting ANONYMOUS</td><td>{@code anonymous = "reject"} to reject instead;
 *     never rejected by default (the bank calls like this)</td></tr>
 * <tr><td>2</td><td>Exact block-list entry</td><td>REJECT</td><td>beats contacts and ranges on the
 *     allow list: the user blocked this very number. Only an exact allow entry created
 *     <i>later</i> lifts it.</td></tr>
 * <tr><td>3</td><td>Impossible caller ID: a German premium-rate (0900), mass-traffic (0137) or
 *     directory-service (118xx) number</td><td>VOICEMAIL</td><td>§ 120 TKG forbids sending these as the
 *     caller's number, so the ID is forged; beats contacts and allow entries. {@code forged_ids = false}
 *     switches it off</td></tr>
 * <tr><td>4</td><td>Contact</td><td>RING</td><td>favourites always; other contacts go to VOICEMAIL
 *     during quiet hours. Beats block ranges, robot quarantine, lookup, foreign.</td></tr>
 * <tr><td>5</td><td>Allow-list entry (exact or range, possibly time-limited)</td><td>RING</td>
 *     <td>VOICEMAIL during quiet hours; beats block ranges and robot quarantine</td></tr>
 * <tr><td>6</td><td>Block-list range / country ({@code +49211555*}, {@code +1*})</td><td>REJECT</td>
 *     <td></td></tr>
 * <tr><td>7</td><td>Robot range quarantine</td><td>REJECT</td><td>K distinct numbers of one range
 *     within T minutes; quarantined for a time, see {@link #quarantinedRanges()}</td></tr>
 * <tr><td>8</td><td>Online lookup (PhoneBlock, off by default)</td><td>REJECT or VOICEMAIL</td>
 *     <td>only when votes ≥ threshold; waits at most the budget, then proceeds without it</td></tr>
 * <tr><td>8a</td><td>Robot suspect (only with {@code challenge = ["robot_suspect"]}): other numbers
 *     of the range called recently, or lookup votes below the threshold</td><td>CHALLENGE</td>
 *     <td></td></tr>
 * <tr><td>9</td><td>Quiet hours</td><td>VOICEMAIL</td><td>for everyone not decided above</td></tr>
 * <tr><td>10</td><td>Foreign, language not spoken (or unknown)</td>
 *     <td>VOICEMAIL, greeting in the caller's language</td><td>before the repeat rule: redialling
 *     does not get these through</td></tr>
 * <tr><td>11</td><td>Repeat caller (same number again within N minutes)</td><td>RING</td>
 *     <td>not when STIR/SHAKEN verstat is TN-Validation-Failed (a spoofed number must not break
 *     through by redialling)</td></tr>
 * <tr><td>12</td><td>Foreign, language spoken</td><td>VOICEMAIL, greeting DEFAULT</td><td></td></tr>
 * <tr><td>13</td><td>Unknown domestic number</td><td>VOICEMAIL (or RING if {@code unknown = "ring"})
 *     </td><td>a failed STIR/SHAKEN verification turns RING into VOICEMAIL</td></tr>
 * </table>
 *
 * <p>Challenge: rules 1 (anonymous), 10 and 12 (foreign) and 13 (unknown) answer CHALLENGE instead
 * of VOICEMAIL when {@code challenge} lists their condition (not during quiet hours). A number that
 * passed gets a time-limited allow entry (rule 5) from the app. Rejections use {@code reject_with}
 * (rule 7: {@code robot_reject_with}, default the SIT intercept, then 410 Gone).
 *
 * <p>STIR/SHAKEN: a failed verification is a caution reason. It does not override contacts, allow
 * entries or blocks (it cannot make things better, only stop leniency): it blocks the repeat-caller
 * rule and {@code unknown = "ring"}.
 *
 * <p>Robot ranges: every call with a number counts towards its range (contacts too, although they
 * keep ringing inside a quarantined range). Repeat callers: only the last call per number is kept.
 * Both trackers are bounded in memory.
 *
 * <p>{@link #decide} records the call (for the repeat and robot-range rules); {@link #dryRun}
 * records nothing and is what {@code vorzimmer check} uses. Without the online lookup a decision
 * takes microseconds; with it, at most the lookup budget longer.
 */
public final class Screener {
  private static final Logger LOG = LoggerFactory.getLogger(Screener.class);

  /**
   * Numbers (repeat rule) and ranges (robot rule) remembered at most: about 2 MB in a flood of new
   * numbers.
   */
  private static final int MAX_TRACKED = 10_000;

  private final ContactDirectory contacts;
  private final NumberLists lists;
  private final Clock clock;
  private final RecentCalls recent = new RecentCalls(MAX_TRACKED);
  private final Consumer<QuarantinedRange> onQuarantine;

  /** Everything that follows from the settings; replaced as a whole by {@link #reconfigure}. */
  private volatile ScreeningSnapshot current;

  /** As the full constructor, with nobody told about new robot-range quarantines. */
  public Screener(
      ScreeningConfig config,
      ContactDirectory contacts,
      NumberLists lists,
      CallerLookup lookup,
      Clock clock) {
    this(config, contacts, lists, lookup, clock, q -> {});
  }

  /**
   * @param lookup the online lookup, {@link CallerLookup#NONE} for none; only consulted when {@code
   *     config.lookup().enabled()}
   * @param clock the time source (tests control it; its zone is the user's zone for quiet hours)
   * @param onQuarantine told once, on the deciding thread, when a call starts a robot-range
   *     quarantine (e.g. to store it); must be quick and must not throw
   */
  public Screener(
      ScreeningConfig config,
      ContactDirectory contacts,
      NumberLists lists,
      CallerLookup lookup,
      Clock clock,
      Consumer<QuarantinedRange> onQuarantine) {
    this.onQuarantine = Objects.requireNonNull(onQuarantine, "onQuarantine");
    this.contacts = Objects.requireNonNull(contacts, "contacts");
    this.lists = Objects.requireNonNull(lists, "lists");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.current =
        ScreeningSnapshot.of(
            Objects.requireNonNull(config, "config"),
            Objects.requireNonNull(lookup, "lookup"),
            null,
            MAX_TRACKED);
  }

  /**
   * Applies new settings to every decision that starts after this call returns, keeping the online
   * lookup. Decisions already running finish with the settings they started with.
   *
   * @see #reconfigure(ScreeningConfig, CallerLookup)
   */
  public void reconfigure(ScreeningConfig config) {
    reconfigure(config, current.lookup());
  }

  /**
   * Applies new settings (and a lookup matching {@code config.lookup()}) without a restart; safe
   * while other threads decide calls. The repeat-caller history is kept. The robot-range history
   * and active quarantines are kept when the robot settings are unchanged; otherwise detection
   * starts afresh (quarantines the app stored as temporary block entries still apply).
   *
   * @param lookup the online lookup, {@link CallerLookup#NONE} for none
   */
  public synchronized void reconfigure(ScreeningConfig config, CallerLookup lookup) {
    ScreeningSnapshot previous = current;
    ScreeningSnapshot next =
        ScreeningSnapshot.of(
            Objects.requireNonNull(config, "config"),
            Objects.requireNonNull(lookup, "lookup"),
            previous,
            MAX_TRACKED);
    current = next;
    LOG.info(
        "screening settings applied: unknown={}, languages={}, repeat={}, robot history {}",
        config.unknownVerdict(),
        config.languages(),
        config.repeatWindow(),
        next.robots() == previous.robots() ? "kept" : "reset (robot settings changed)");
  }

  /** The settings decisions use now. */
  public ScreeningConfig config() {
    return current.config();
  }

  /** Decides the call and records it for the repeat-caller and robot-range rules. */
  public Decision decide(Caller caller) {
    return screen(caller, true);
  }

  /** Decides the call as {@link #decide} would now, but records nothing. */
  public Decision dryRun(Caller caller) {
    return screen(caller, false);
  }

  /** Offline description of a number for the UI/CLI (country, line type, display format). */
  public CallerInfo describe(String rawNumber) {
    return current.normaliser().describe(rawNumber);
  }

  /** The normaliser this screener uses now (home region from the config). */
  public NumberNormaliser normaliser() {
    return current.normaliser();
  }

  /**
   * The robot range {@code e164} belongs to, as the quarantine forms it ({@code +4921155599001} →
   * {@code +49211555990*}); empty for numbers that form no range (invalid, too short).
   */
  public Optional<String> rangeOf(String e164) {
    return current.robots().rangeOf(e164).map(r -> r + "*");
  }

  /** Robot ranges quarantined right now, oldest first. */
  public List<QuarantinedRange> quarantinedRanges() {
    return current.robots().quarantined(clock.instant());
  }

  /**
   * The block entry that makes a quarantined range permanent (the caller persists it).
   *
   * @param range {@code +49211555990*} or the display form {@code +49211555990xx}
   * @return empty if no such range is quarantined
   */
  public Optional<ListEntry> permanentBlockEntry(String range) {
    String pattern = range.replaceAll("x+$", "");
    String wanted = pattern.endsWith("*") ? pattern : pattern + "*";
    Instant now = clock.instant();
    return current.robots().quarantined(now).stream()
        .filter(q -> q.pattern().equals(wanted))
        .findFirst()
        .map(
            q ->
                new ListEntry(
                    0,
                    q.pattern(),
                    ListKind.BLOCK,
                    ReasonJson.write(
                        Reason.of(
                            "robot.entry", "count", q.callers(), "seconds", q.span().toSeconds())),
                    "robot-range",
                    now,
                    Optional.empty()));
  }

  /** Lifts a robot quarantine early; true if the range was quarantined. */
  public boolean releaseRange(String range) {
    String pattern = range.replaceAll("x+$", "");
    return current.robots().release(pattern.endsWith("*") ? pattern : pattern + "*");
  }

  private Decision screen(Caller caller, boolean record) {
    ScreeningSnapshot snap = current;
    RobotRangeDetector robots = snap.robots();
    CallerInfo info = snap.normaliser().describe(caller.rawNumber(), caller.privacy());
    ZonedDateTime now = ZonedDateTime.now(clock);
    Optional<Instant> previous = Optional.empty();
    boolean robotTriggered = false;
    if (info.hasNumber()) {
      String e164 = info.e164().get();
      Instant at = now.toInstant();
      previous =
          record ? recent.record(e164, at, snap.config().repeatWindow()) : recent.lastCall(e164);
      robotTriggered = record && robots.observe(e164, info.lineType() != LineType.UNKNOWN, at);
      if (robotTriggered) {
        robots.quarantineOf(e164, at).ifPresent(onQuarantine);
      }
    }
    ScreeningContext ctx =
        new ScreeningContext(
            snap.config(), caller, info, now, contacts, lists, previous, robotTriggered);
    if (info.hasNumber()) {
      ctx.note(info.details());
    }
    if (caller.verificationFailed()) {
      ctx.note(Reason.of("verification-failed", "status", Caller.VERSTAT_FAILED));
    }
    for (Rule rule : snap.rules()) {
      Optional<Outcome> outcome = rule.apply(ctx);
      if (outcome.isPresent()) {
        return toDecision(ctx, outcome.get());
      }
    }
    throw new IllegalStateException("no rule decided; the unknown-number rule must always decide");
  }

  private Decision toDecision(ScreeningContext ctx, Outcome outcome) {
    List<Reason> reasons = new ArrayList<>(ctx.reasons());
    reasons.add(outcome.reason());
    Verdict verdict = outcome.verdict();
    boolean answers = verdict == Verdict.VOICEMAIL || verdict == Verdict.CHALLENGE;
    GreetingChoice greeting = answers ? outcome.greeting() : GreetingChoice.DEFAULT;
    RejectWith how =
        outcome.robot() ? ctx.config().robotRejectWith().forRobots() : ctx.config().rejectWith();
    int status = verdict == Verdict.REJECT ? how.status() : 0;
    boolean intercept = verdict == Verdict.REJECT && how.intercept();
    Decision decision = new Decision(verdict, reasons, ctx.info(), greeting, status, intercept);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} -> {} {}", ctx.info().displayNumber(), verdict, reasons);
    }
    return decision;
  }
}
