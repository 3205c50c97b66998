package dev.vorzimmer.ui.incall;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The in-call view's state without Swing: which phase a call is in as the user sees it, what the
 * timer shows, and which controls may be used. Fed with {@link CallEvent}s and the results of the
 * user's own hold and mute commands; used on the EDT only.
 */
final class InCallModel {
  /** What the user sees; each has a text {@code incall.state.<name in lower case>}. */
  enum Phase {
    DIALLING,
    RINGING,
    CONNECTED,
    ON_HOLD,
    ENDING,
    ENDED
  }

  private final String callId;
  private final boolean incoming;
  private Phase phase = Phase.DIALLING;
  private Instant connectedAt;
  private boolean held;
  private boolean muted;

  InCallModel(String callId, boolean incoming) {
    this.callId = callId;
    this.incoming = incoming;
  }

  /**
   * True when {@code event} should open the view: calls we place from their first state, incoming
   * calls once the user is talking (not while ringing, not when the answering machine has them).
   */
  static boolean opensView(CallEvent event) {
    if (event.state().isFinal()) {
      return false;
    }
    return event.incoming() ? event.state() == CallState.ACTIVE : true;
  }

  /** Digits the keypad sends (RFC 4733 events 0–11). */
  static boolean isKeypadDigit(char c) {
    return (c >= '0' && c <= '9') || c == '*' || c == '#';
  }

  String callId() {
    return callId;
  }

  boolean incoming() {
    return incoming;
  }

  /** Applies the call's new state; the timer starts the first time it is connected. */
  void apply(CallState state, Instant now) {
    phase =
        switch (state) {
          case SCREENING, CHALLENGE, RINGING, CALLING, CONNECTING -> Phase.DIALLING;
          case EARLY -> Phase.RINGING;
          case ACTIVE -> held ? Phase.ON_HOLD : Phase.CONNECTED;
          case ENDING -> Phase.ENDING;
          case VOICEMAIL, ENDED -> Phase.ENDED;
        };
    if (state == CallState.ACTIVE && connectedAt == null) {
      connectedAt = now;
    }
  }

  /** The user asked to end the call and the command went out. */
  void hangingUp() {
    if (phase != Phase.ENDED) {
      phase = Phase.ENDING;
    }
  }

  /** A hold or resume re-INVITE went out; ignored unless the call is connected. */
  void held(boolean on) {
    if (phase == Phase.CONNECTED || phase == Phase.ON_HOLD) {
      held = on;
      phase = on ? Phase.ON_HOLD : Phase.CONNECTED;
    }
  }

  /** The user's audio is now muted (or not). */
  void muted(boolean on) {
    muted = on;
  }

  Phase phase() {
    return phase;
  }

  /** The resource key of the phase's text. */
  String stateKey() {
    return "incall.state." + phase.name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
  }

  boolean isHeld() {
    return held;
  }

  boolean isMuted() {
    return muted;
  }

  boolean isOver() {
    return phase == Phase.ENDED;
  }

  boolean canHangUp() {
    return phase != Phase.ENDING && phase != Phase.ENDED;
  }

  boolean canMute() {
    return talking();
  }

  boolean canHold() {
    return talking();
  }

  /** Keypad tones only go to a call that is connected and not on hold. */
  boolean canSendDigits() {
    return phase == Phase.CONNECTED;
  }

  private boolean talking() {
    return phase == Phase.CONNECTED || phase == Phase.ON_HOLD;
  }

  /** Time since the call was connected, if it has been. */
  Optional<Duration> elapsed(Instant now) {
    return Optional.ofNullable(connectedAt).map(start -> Duration.between(start, now));
  }

  /** The timer: {@code mm:ss} from connect ({@code h:mm:ss} after an hour), empty before. */
  String timerText(Instant now) {
    return elapsed(now).map(InCallModel::clock).orElse("");
  }

  static String clock(Duration d) {
    long s = Math.max(0, d.getSeconds());
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%02d:%02d", m, sec);
  }
}
