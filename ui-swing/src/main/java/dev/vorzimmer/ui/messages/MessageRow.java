package dev.vorzimmer.ui.messages;

import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.ui.calls.CallRow;
import dev.vorzimmer.ui.common.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** One answering-machine message as the Messages tab shows it; no Swing. */
public record MessageRow(
    long id,
    String timeText,
    String caller,
    Optional<String> number,
    String durationText,
    String mainReason,
    boolean heard,
    String stateText,
    Path file,
    boolean hasAudio,
    boolean probablyRobot,
    String triageText,
    boolean speechLike) {

  /**
   * {@code hasAudio}: whether the message's file exists (a recording that failed at once has none).
   */
  public static MessageRow of(
      MessageEntry m, Optional<String> contactName, boolean hasAudio, Texts t, ZoneId zone) {
    Optional<String> number =
        m.caller().startsWith("+") ? Optional.of(m.caller()) : Optional.empty();
    String caller =
        contactName.orElse(
            m.callerDisplay() == null || m.callerDisplay().isBlank()
                ? m.caller().isBlank() ? t.get("message.unknownCaller") : m.caller()
                : t.reasons().number(m.callerDisplay()));
    String main = t.reasons().main(m.reasons());
    String state =
        MessageIndex.COMPLETE.equals(m.state()) ? "" : t.get("message.state." + m.state());
    return new MessageRow(
        m.id(),
        CallRow.dayAndTime(m.time(), zone, t),
        caller,
        number,
        duration(m.duration()),
        main,
        m.heard(),
        state,
        m.file(),
        hasAudio,
        m.probablyRobot(),
        triageText(m, t),
        m.triage().isEmpty() || m.triage().equals("speech"));
  }

  /**
   * The state column: the state if not complete, else the class unless it is (or counts as) speech:
   * "silent", "tones only", "short", "music, no speech".
   */
  public String stateColumn() {
    if (!stateText.isEmpty()) {
      return stateText;
    }
    return speechLike ? "" : triageText;
  }

  /** "speech, 12 s", "silent", "unknown" in the user's language. */
  static String triageText(MessageEntry m, Texts t) {
    String kind = t.get("messages.triage." + m.triageLabel());
    return m.speechSeconds()
        .filter(s -> s >= 0.5)
        .map(s -> t.get("messages.triage.speech.seconds", kind, Math.round(s)))
        .orElse(kind);
  }

  /** "0:07", "1:42", "1:02:03". */
  public static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  /** Unheard messages, not counting those filed under "Probably robots". */
  public static long unheard(List<MessageRow> rows) {
    return rows.stream().filter(r -> !r.heard() && !r.probablyRobot()).count();
  }
}
