package dev.vorzimmer.app;

import dev.vorzimmer.app.config.CallsAndVoicemailSettings;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.sip.BusyAction;
import dev.vorzimmer.sip.CallSettings;
import java.time.Duration;

/**
 * Turns the {@code [calls]} and {@code [voicemail]} settings into what sip-core and the answering
 * machine take: at start ({@link Phone#assemble}) and when the user saved them ({@link
 * Phone#applyCalls}).
 */
final class CallConfigs {
  /** What a machine call may last beyond the longest message: greeting, beep and a margin. */
  static final Duration GREETING_SLACK = Duration.ofMinutes(2);

  private CallConfigs() {}

  static AnsweringMachineSettings machineSettings(CallsAndVoicemailSettings c) {
    return AnsweringMachineSettings.defaults()
        .withMaxLength(Duration.ofSeconds(c.maxMessageSeconds()))
        .withSilenceTimeout(Duration.ofSeconds(c.silenceSeconds()));
  }

  static CallSettings callSettings(CallsAndVoicemailSettings c) {
    return CallSettings.defaults()
        .withRingTimeout(Duration.ofSeconds(c.ringSeconds()))
        .withBusyAction(c.busyToVoicemail() ? BusyAction.VOICEMAIL : BusyAction.BUSY)
        .withTrustedHosts(c.trustedHosts())
        .withCallLimits(
            Duration.ofSeconds(c.maxMessageSeconds()).plus(GREETING_SLACK),
            CallSettings.DEFAULT_LIVE_CALL_LIMIT);
  }
}
