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
   * An entry of a call with plain (or no) audio, no mark and no line; {@link #toBuilder} gives the
   * others.
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

  /** A builder holding this entry's values, to change some of them and {@link Builder#build}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes what was recorded about a call: {@code entry.toBuilder().line("Office").build()}. */
  public static final class Builder {
    private final CallLogEntry from;
    private String mediaEncryption;
    private String mark;
    private String signallingEncryption;
    private String line;

    private Builder(CallLogEntry from) {
      this.from = from;
      mediaEncryption = from.mediaEncryption;
      mark = from.mark;
      signallingEncryption = from.signallingEncryption;
      line = from.line;
    }

    /** A warning about the call; empty if none. */
    public Builder mark(String value) {
      mark = value;
      return this;
    }

    /** How the call's audio ({@code media}) and signalling were protected. */
    public Builder encryption(String media, String signalling) {
      mediaEncryption = media;
      signallingEncryption = signalling;
      return this;
    }

    /** The name of the line that was called. */
    public Builder line(String calledLine) {
      line = calledLine;
      return this;
    }

    /** The entry with the changed values and the others as they were. */
    public CallLogEntry build() {
      return new CallLogEntry(
          from.id,
          from.time,
          from.rawNumber,
          from.e164,
          from.displayName,
          from.verdict,
          from.reasons,
          from.outcome,
          from.messageId,
          mediaEncryption,
          mark,
          signallingEncryption,
          line);
    }
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
