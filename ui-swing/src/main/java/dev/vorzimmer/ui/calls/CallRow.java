package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.screening.store.CallResult;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.ui.common.Texts;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One call-log line as the Calls tab shows it; built off the EDT, no Swing.
 *
 * @param id call-log id
 * @param verdict RING, VOICEMAIL or REJECT (as stored)
 * @param number the caller's E.164 number, empty when withheld
 * @param info line type and place ("mobile number, Germany")
 * @param mainReason the deciding reason, as the window shows it
 * @param messageId the message left, if any (only a real one: not a call that ended in the
 *     greeting)
 * @param result what became of the call
 * @param messageLength the message's length, when one was left
 * @param blocked whether the number is on the block list now
 * @param photo the contact's photo, decoded
 * @param contact whether the caller is a contact
 * @param security how the call was protected (a row logged before signalling was recorded counts as
 *     plain signalling)
 * @param line the line that was called ("" on a single-line phone): a call back goes out on it
 */
public record CallRow(
    long id,
    Instant time,
    String timeText,
    String verdict,
    String verdictText,
    String caller,
    Optional<String> number,
    String info,
    String mainReason,
    List<String> reasons,
    String outcomeText,
    Optional<Long> messageId,
    CallResult result,
    Optional<Duration> messageLength,
    boolean blocked,
    Optional<BufferedImage> photo,
    boolean contact,
    CallSecurity security,
    String line) {

  /** What the row needs to know beyond the log entry. */
  public interface Lookup {
    Optional<String> contactName(String e164);

    CallerInfo describe(String rawNumber);

    /** Message {@code id}, if it still exists. */
    default Optional<MessageEntry> message(long id) {
      return Optional.empty();
    }

    /** Whether {@code e164} is on the block list now. */
    default boolean blocked(String e164) {
      return false;
    }

    /** The photo of the contact owning {@code e164}. */
    default Optional<BufferedImage> photo(String e164) {
      return Optional.empty();
    }
  }

  static CallRow of(CallLogEntry e, Lookup lookup, Texts t, ZoneId zone) {
    CallerInfo info = lookup.describe(e.e164().orElse(e.rawNumber()));
    ReasonTexts words = t.reasons();
    String shown = words.number(info.displayNumber());
    Optional<String> name = e.e164().flatMap(lookup::contactName);
    String caller =
        name.orElseGet(
            () ->
                e.displayName() == null || e.displayName().isBlank() || e.e164().isEmpty()
                    ? shown
                    : e.displayName() + " (" + shown + ")");
    List<String> reasons = words.render(e.reasons());
    String main = words.main(e.reasons());
    Optional<String> mark = e.markReason().map(words::render);
    if (mark.isPresent()) { // a ping call: the mark leads the reason column and ends the trace
      main = t.get("calls.pingMark") + " · " + main;
      reasons =
          java.util.stream.Stream.concat(reasons.stream(), java.util.stream.Stream.of(mark.get()))
              .toList();
    }
    Optional<MessageEntry> message =
        e.messageId().flatMap(lookup::message).filter(CallResult::isMessage);
    CallResult result = CallResult.of(e.verdict(), e.outcome(), message.isPresent());
    Optional<Duration> length = message.map(MessageEntry::duration);
    return new CallRow(
        e.id(),
        e.time(),
        time(e.time(), zone, t.locale()),
        e.verdict(),
        verdictText(e.verdict(), t),
        caller,
        e.e164(),
        lineAndDetails(e, e.e164().isPresent() ? words.render(info.details()) : "", t),
        main,
        reasons,
        resultText(result, length, t),
        message.map(MessageEntry::id),
        result,
        length,
        e.e164().map(lookup::blocked).orElse(false),
        e.e164().flatMap(lookup::photo),
        name.isPresent(),
        CallSecurity.parse(e.signallingEncryption(), e.mediaEncryption()),
        e.line());
  }

  /**
   * "Line Office · Berlin": the line called leads the details; it is logged only when the phone has
   * several lines, so a single-line row is as before.
   */
  private static String lineAndDetails(CallLogEntry e, String details, Texts t) {
    if (e.line().isEmpty()) {
      return details;
    }
    String line = t.get("calls.line", e.line());
    return details.isBlank() ? line : line + "  ·  " + details;
  }

  /** "answered", "missed", "message 0:42", "hung up during the greeting", "turned away". */
  static String resultText(CallResult r, Optional<Duration> length, Texts t) {
    String key = "result." + r.name().toLowerCase(Locale.ROOT);
    return r == CallResult.MESSAGE
        ? t.get(key, length.map(CallRow::duration).orElse("0:00"))
        : t.get(key);
  }

  /** "0:07", "1:42", "1:02:03". */
  public static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  public static String verdictText(String verdict, Texts t) {
    return t.get("verdict." + verdict.toLowerCase(Locale.ROOT));
  }

  /** Time of day for today's calls, date and time for older ones. */
  public static String time(Instant time, ZoneId zone, Locale locale) {
    boolean today = time.atZone(zone).toLocalDate().equals(LocalDate.now(zone));
    DateTimeFormatter f =
        today
            ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
    return f.withLocale(locale).withZone(zone).format(time);
  }

  /** "Today, 14:05", "Yesterday, 09:12", "Monday, 24 Nov 2026, 09:12". */
  public static String dayAndTime(Instant time, ZoneId zone, Texts t) {
    LocalDate day = time.atZone(zone).toLocalDate();
    return DayHeaders.header(day, LocalDate.now(zone), t) + ", " + clock(time, zone, t.locale());
  }

  /** Time of day only (the date is in the header above the row). */
  public static String clock(Instant time, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(time);
  }

  /** Whether the list marks this row as missed (red). */
  public boolean missed() {
    return result == CallResult.MISSED;
  }
}
