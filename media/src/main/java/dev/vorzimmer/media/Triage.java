package dev.vorzimmer.media;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a recorded message contains, from {@link MessageTriage}.
 *
 * @param kind the class of the message
 * @param speechSeconds how much of it sounded like speech, in seconds
 * @param signals the telephone signals heard anywhere in it (empty if none), in enum order
 */
public record Triage(Kind kind, double speechSeconds, Set<Signal> signals) {

  /** Speech shorter than this (in seconds) makes a message {@link Kind#SHORT}. */
  public static final double SHORT_SPEECH_SECONDS = 1.5;

  public Triage {
    Objects.requireNonNull(kind, "kind");
    signals = signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    if (speechSeconds < 0) {
      throw new IllegalArgumentException("speechSeconds must not be negative: " + speechSeconds);
    }
  }

  /** The class of a message. */
  public enum Kind {
    /** At least {@link #SHORT_SPEECH_SECONDS} of speech: someone left a message. */
    SPEECH("speech"),
    /** Some speech, but less than {@link #SHORT_SPEECH_SECONDS} ("Hello?" and hung up). */
    SHORT("short"),
    /** Nothing but telephone signals (fax, modem, SIT, DTMF) and silence: a machine called. */
    TONES("tones"),
    /** Sound without speech or telephone signals, e.g. music on hold. */
    MUSIC("music"),
    /** Silence or line noise only. */
    SILENT("silent");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The lower-case name used in JSON and config, e.g. {@code "tones"}. */
    public String label() {
      return label;
    }
  }

  /** Telephone signals the triage recognises. */
  public enum Signal {
    /** Fax calling tone (CNG), 1100 Hz. */
    FAX_CALLING,
    /** Fax/modem answer tone (CED/ANS), 2100 Hz. */
    ANSWER_TONE,
    /** Special information tones (913.8/1370.6/1776.7 Hz and the E.180 variants). */
    SIT,
    /** DTMF key tones. */
    DTMF
  }
}
