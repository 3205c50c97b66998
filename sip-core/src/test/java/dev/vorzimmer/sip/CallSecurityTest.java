package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.sip.internal.SignallingSecurity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallSecurityTest {

  @Test
  void theLevelNamesWhatIsProtected() {
    assertThat(CallSecurity.of(true, true).level()).isEqualTo(CallSecurity.Level.FULL);
    assertThat(CallSecurity.of(false, true).level()).isEqualTo(CallSecurity.Level.MEDIA_ONLY);
    assertThat(CallSecurity.of(true, false).level()).isEqualTo(CallSecurity.Level.SIGNALLING_ONLY);
    assertThat(CallSecurity.of(false, false).level()).isEqualTo(CallSecurity.Level.NONE);
    assertThat(CallSecurity.PLAIN.level()).isEqualTo(CallSecurity.Level.NONE);
  }

  @Test
  void storedNamesRoundTripAndAnythingElseIsPlain() {
    CallSecurity full = CallSecurity.of(true, true);
    assertThat(full.signallingName()).isEqualTo("tls");
    assertThat(full.mediaName()).isEqualTo("srtp");
    assertThat(CallSecurity.PLAIN.signallingName()).isEqualTo("plain");
    assertThat(CallSecurity.PLAIN.mediaName()).isEqualTo("plain");
    assertThat(CallSecurity.parse(full.signallingName(), full.mediaName())).isEqualTo(full);
    assertThat(CallSecurity.parse("", "")).isEqualTo(CallSecurity.PLAIN);
    assertThat(CallSecurity.parse("TLS", "zrtp")).isEqualTo(CallSecurity.of(true, false));
    assertThat(CallSecurity.of(true, false).withMedia(true)).isEqualTo(full);
  }

  @Test
  void aCallEventWithoutSecurityIsPlainAndEncryptedMeansSrtp() {
    CallEvent plain =
        new CallEvent("c", true, CallState.RINGING, "030", "", Optional.empty(), "ringing");
    assertThat(plain.security()).isEqualTo(CallSecurity.PLAIN);
    assertThat(plain.encrypted()).isFalse();
    CallEvent srtpOnly =
        new CallEvent(
            "c",
            true,
            CallState.ACTIVE,
            "030",
            "",
            Optional.empty(),
            "connected",
            CallSecurity.of(false, true));
    assertThat(srtpOnly.encrypted()).isTrue();
    assertThatThrownBy(
            () ->
                new CallEvent("c", true, CallState.ACTIVE, "030", "", Optional.empty(), "x", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signallingIsTlsWhenOurHopIs() {
    assertThat(SignallingSecurity.overTls("TLS", "UDP", false))
        .as("the connection decides")
        .isTrue();
    assertThat(SignallingSecurity.overTls("udp", "TLS", true))
        .as("a sips: URI or a Via saying TLS over a plain connection is not encryption")
        .isFalse();
    assertThat(SignallingSecurity.overTls(null, "TLS", false)).as("else the topmost Via").isTrue();
    assertThat(SignallingSecurity.overTls(null, "TCP", true)).isFalse();
    assertThat(SignallingSecurity.overTls(null, null, true)).as("else a sips: URI").isTrue();
    assertThat(SignallingSecurity.overTls("", "", false)).isFalse();
  }
}
