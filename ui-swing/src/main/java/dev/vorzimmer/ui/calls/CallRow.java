package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.ui.common.Texts;
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
 * @param messageId the message left, if any
 * @param security how the call was protected (a row logged before signalling was recorded counts as
 *     plain signalling)
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
    CallSecurity security) {

  /** What the row needs to know beyond the log entry. */
  public interface Lookup {
    Optional<String> contactName(String e164);

    CallerInfo describe(String rawNumber);
  }

  static CallRow of(CallLogEntry e, Lookup lookup, Texts t, ZoneId zone) {
    CallerInfo info = lookup.describe(e.e164().orElse(e.rawNumber()));
    String caller =
        e.e164()
            .flatMap(lookup::contactName)
            .orElseGet(
                () ->
                    e.displayName() == null || e.displayName().isBlank() || e.e164().isEmpty()
                        ? info.displayNumber()
                        : e.displayName() + " (" + info.displayNumber() + ")");
    String main = e.reasons().isEmpty() ? "" : e.reasons().get(e.reasons().size() - 1);
    return new CallRow(
        e.id(),
        e.time(),
        time(e.time(), zone, t.locale()),
        e.verdict(),
        verdictText(e.verdict(), t),
        caller,
        e.e164(),
        info.summary(),
        main,
        e.reasons(),
        t.get("outcome." + e.outcome().toLowerCase(Locale.ROOT)),
        e.messageId(),
        CallSecurity.parse(e.signallingEncryption(), e.mediaEncryption()));
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
}
