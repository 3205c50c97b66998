package dev.vorzimmer.app.config;

import java.util.List;

/**
 * The {@code [calls]} and {@code [voicemail]} sections.
 *
 * @param ringSeconds how long a call rings before the answering machine takes it ({@code calls.ring_seconds}, 25)
 * @param busyToVoicemail what a second call that would ring gets while you talk: the answering machine
 *     (true, {@code calls.busy = "voicemail"}) or 486 Busy Here ({@code "reject"})
 * @param trustedHosts hosts besides the registrar that may deliver calls ({@code calls.trusted_hosts})
 * @param maxMessageSeconds longest voicemail message ({@code voicemail.max_seconds}, 180)
 * @param silenceSeconds silence that ends a message ({@code voicemail.silence_seconds}, 10)
 * @param greetingLanguage language of the default greeting ({@code voicemail.language}; default "de" for
 *     a home region where German is spoken, else "en")
 */
public record CallSettings(int ringSeconds, boolean busyToVoicemail, List<String> trustedHosts,
    int maxMessageSeconds, int silenceSeconds, String greetingLanguage) {
  public CallSettings {
    trustedHosts = List.copyOf(trustedHosts);
  }

  public static CallSettings defaults() {
    return new CallSettings(25, true, List.of(), 180, 10, "de");
  }
}
