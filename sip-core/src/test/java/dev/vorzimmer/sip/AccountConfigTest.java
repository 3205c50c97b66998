package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountConfigTest {

  private static AccountConfig account(String user, int port, int expires) {
    return new AccountConfig(
        user, "example.org", "sip.example.org", port, "hunter2-secret", Transport.TCP, expires);
  }

  @Test
  void aorIsSipUserAtDomain() {
    assertThat(account("alice", 5060, 600).aor()).isEqualTo("sip:alice@example.org");
  }

  @Test
  void toStringNeverShowsThePassword() {
    String text = account("alice", 5060, 600).toString();

    assertThat(text)
        .doesNotContain("hunter2-secret")
        .contains("alice", "sip.example.org:5060", "***");
  }

  @Test
  void badFieldsAreNamedInTheError() {
    assertThatThrownBy(() -> account("al ice", 5060, 600)).hasMessageContaining("user");
    assertThatThrownBy(() -> account("alice", 70000, 600)).hasMessageContaining("registrarPort");
    assertThatThrownBy(() -> account("alice", 5060, 0)).hasMessageContaining("expiresSeconds");
    assertThatThrownBy(
            () -> new AccountConfig("alice", "example.org", "h", 5060, null, Transport.UDP, 60))
        .hasMessageContaining("password");
  }

  @Test
  void transportHasItsSipName() {
    assertThat(Transport.UDP.sipName()).isEqualTo("udp");
    assertThat(Transport.TCP.sipName()).isEqualTo("tcp");
  }
}
