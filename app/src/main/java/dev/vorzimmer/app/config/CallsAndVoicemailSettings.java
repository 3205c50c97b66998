package dev.vorzimmer.app.config;

import java.util.List;

/**
 * The {@code [calls]} and {@code [voicemail]} sections.
 *
 * @param ringSeconds how long a call rings before the answering machine takes it ({@code
 *     calls.ring_seconds}, 25)
 * @param busyToVoicemail what a second call that would ring gets while you talk: the answering
 *     machine (true, {@code calls.busy = "voicemail"}) or 486 Busy Here ({@code "reject"})
 * @param trustedHosts hosts besides the registrar that may deliver calls ({@code
 *     calls.trusted_hosts})
 * @param maxMessageSeconds longest voicemail message ({@code voicemail.max_seconds}, 180)
 * @param silenceSeconds silence that ends a message ({@code voicemail.silence_seconds}, 10)
 * @param greetingLanguage language of the default greeting ({@code voicemail.language}; default
 *     "de" for a home region where German is spoken, else "en")
 * @param minFreeMb below this much free disk space (MB) no message is recorded ({@code
 *     voicemail.min_free_mb}, 500)
 * @param maxTotalMb when stored messages take this much (MB) no further one is recorded ({@code
 *     voicemail.max_total_mb}, 2000)
 */
public record CallsAndVoicemailSettings(
    int ringSeconds,
    boolean busyToVoicemail,
    List<String> trustedHosts,
    int maxMessageSeconds,
    int silenceSeconds,
    String greetingLanguage,
    int minFreeMb,
    int maxTotalMb) {
  /** Default {@code voicemail.min_free_mb}. */
  public static final int DEFAULT_MIN_FREE_MB = 500;

  /** Default {@code voicemail.max_total_mb}. */
  public static final int DEFAULT_MAX_TOTAL_MB = 2000;

  public CallsAndVoicemailSettings {
    trustedHosts = List.copyOf(trustedHosts);
  }

  /** With the default disk limits. */
  public CallsAndVoicemailSettings(
      int ringSeconds,
      boolean busyToVoicemail,
      List<String> trustedHosts,
      int maxMessageSeconds,
      int silenceSeconds,
      String greetingLanguage) {
    this(
        ringSeconds,
        busyToVoicemail,
        trustedHosts,
        maxMessageSeconds,
        silenceSeconds,
        greetingLanguage,
        DEFAULT_MIN_FREE_MB,
        DEFAULT_MAX_TOTAL_MB);
  }

  public static CallsAndVoicemailSettings defaults() {
    return new CallsAndVoicemailSettings(25, true, List.of(), 180, 10, "de");
  }
}
