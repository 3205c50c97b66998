package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallSettingsTest {

  @Test
  void defaultsRing25SecondsSendBusyCallsToVoicemailAndAllow200Calls() {
    CallSettings defaults = CallSettings.defaults();

    assertThat(defaults.ringTimeout()).isEqualTo(Duration.ofSeconds(25));
    assertThat(defaults.busyAction()).isEqualTo(BusyAction.VOICEMAIL);
    assertThat(defaults.trustedHosts()).isEmpty();
    assertThat(defaults.maxCalls()).isEqualTo(200);
  }

  @Test
  void defaultsCapIntercepts20AndCall50WaitingCallsAnOverloadRetryingAfter10Seconds() {
    CallSettings defaults = CallSettings.defaults();

    assertThat(defaults.maxIntercepts()).isEqualTo(20);
    assertThat(defaults.maxPendingDecisions()).isEqualTo(1_000);
    assertThat(defaults.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.withMaxCalls(3).withRingTimeout(Duration.ofSeconds(9)).maxIntercepts())
        .as("kept by the other copies")
        .isEqualTo(20);
  }

  @Test
  void badOverloadLimitsAreRefusedNamingTheField() {
    CallSettings defaults = CallSettings.defaults();
    assertThatThrownBy(() -> defaults.withOverloadLimits(-1, 50, Duration.ofSeconds(1)))
        .hasMessageContaining("maxIntercepts");
    assertThatThrownBy(() -> defaults.withOverloadLimits(0, 0, Duration.ofSeconds(1)))
        .hasMessageContaining("maxPendingDecisions");
    assertThatThrownBy(() -> defaults.withOverloadLimits(0, 1, Duration.ofMillis(500)))
        .hasMessageContaining("retryAfter");
    assertThat(defaults.withOverloadLimits(0, 1, Duration.ofSeconds(1)).maxIntercepts())
        .as("0: no intercept plays early media")
        .isZero();
  }

  @Test
  void badValuesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new CallSettings(Duration.ZERO, BusyAction.BUSY, List.of(), 1))
        .hasMessageContaining("ringTimeout");
    assertThatThrownBy(() -> new CallSettings(Duration.ofSeconds(1), BusyAction.BUSY, List.of(), 0))
        .hasMessageContaining("maxCalls");
    assertThatThrownBy(() -> new CallSettings(Duration.ofSeconds(1), null, List.of(), 1))
        .hasMessageContaining("busyAction");
  }

  @Test
  void trustedHostsAreCopied() {
    List<String> hosts = new ArrayList<>(List.of("10.0.0.1"));
    CallSettings settings = new CallSettings(Duration.ofSeconds(1), BusyAction.BUSY, hosts, 1);

    hosts.add("10.0.0.2");

    assertThat(settings.trustedHosts()).containsExactly("10.0.0.1");
  }
}
