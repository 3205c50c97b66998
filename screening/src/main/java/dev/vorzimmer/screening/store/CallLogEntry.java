package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One incoming call and what was decided.
 *
 * @param id store id
 * @param time when the call arrived
 * @param rawNumber the caller number as signalled
 * @param e164 the normalised number, if it could be normalised
 * @param displayName what was shown for the caller
 * @param verdict the screening decision (free text such as {@code RING}, {@code REJECT})
 * @param reasons why, in order (codes; worded by {@link dev.vorzimmer.screening.ReasonTexts})
 * @param outcome one of {@link CallLog#OUTCOMES}
 * @param messageId the recorded message, if any
 * @param mediaEncryption how the call's audio was encrypted: {@code "srtp"}, or empty (plain, or
 *     never connected)
 * @param mark a warning about the call, e.g. "ping call — don't call back: rang 2 s from a foreign
 *     number (Madagascar)"; empty if none
 * @param signallingEncryption whether the call's signalling ran over TLS: {@code "tls"}, {@code
 *     "plain"}, or empty (logged before this was recorded)
 * @param line the name of the line that was called ({@code [[account]]}); empty for calls logged
 *     before it was recorded
 */
public record CallLogEntry(
    long id,
    Instant time,
    String rawNumber,
    Optional<String> e164,
    String displayName,
    String verdict,
    List<Reason> reasons,
    String outcome,
    Optional<Long> messageId,
    String mediaEncryption,
    String mark,
    String signallingEncryption,
    String line) {
  public CallLogEntry {
    reasons = List.copyOf(reasons);
  }

  /**
   * An entry of a call with plain (or no) audio, no mark and no line; {@link #withMark}, {@link
   * #withEncryption} and {@link #withLine} give the others.
   */
  public CallLogEntry(
      long id,
      Instant time,
      String rawNumber,
      Optional<String> e164,
      String displayName,
      String verdict,
      List<Reason> reasons,
      String outcome,
      Optional<Long> messageId) {
    this(
        id,
        time,
        rawNumber,
        e164,
        displayName,
        verdict,
        reasons,
        outcome,
        messageId,
        "",
        "",
        "",
        "");
  }

  /** The same entry with {@code newMark}. */
  public CallLogEntry withMark(String newMark) {
    return new CallLogEntry(
        id,
        time,
        rawNumber,
        e164,
        displayName,
        verdict,
        reasons,
        outcome,
        messageId,
        mediaEncryption,
        newMark,
        signallingEncryption,
        line);
  }

  /** The same entry with how its audio ({@code media}) and signalling were protected. */
  public CallLogEntry withEncryption(String media, String signalling) {
    return new CallLogEntry(
        id,
        time,
        rawNumber,
        e164,
        displayName,
        verdict,
        reasons,
        outcome,
        messageId,
        media,
        mark,
        signalling,
        line);
  }

  /** The same entry with the name of the line that was called. */
  public CallLogEntry withLine(String calledLine) {
    return new CallLogEntry(
        id,
        time,
        rawNumber,
        e164,
        displayName,
        verdict,
        reasons,
        outcome,
        messageId,
        mediaEncryption,
        mark,
        signallingEncryption,
        calledLine);
  }

  /**
   * The mark as a reason: stored as a reason ({@link dev.vorzimmer.screening.ReasonJson}); an older
   * plain text shows as it is; empty when there is none.
   */
  public Optional<Reason> markReason() {
    if (mark.isEmpty()) {
      return Optional.empty();
    }
    return dev.vorzimmer.screening.ReasonJson.readOne(mark)
        .or(() -> Optional.of(Reason.legacy(mark)));
  }
}
