package dev.vorzimmer.sip.internal.jainsip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.Transport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallTargetsTest {

  private static final Optional<AccountConfig> ACCOUNT =
      Optional.of(
          new AccountConfig(
              "alice", "example.test", "registrar.example.test", 5060, "pw", Transport.UDP, 300));

  @Test
  void aNumberBecomesAPhoneUriAtTheAccountsDomain() {
    assertThat(CallTargets.resolve("+4930123456", ACCOUNT))
        .isEqualTo("sip:+4930123456@example.test;user=phone");
    assertThat(CallTargets.resolve(" 030123456 ", ACCOUNT))
        .isEqualTo("sip:030123456@example.test;user=phone");
    assertThat(CallTargets.resolve("tel:+4930123456;phone-context=x", ACCOUNT))
        .isEqualTo("sip:+4930123456@example.test;user=phone");
  }

  @Test
  void aSipUriIsUsedAsItIs() {
    assertThat(CallTargets.resolve("sip:bob@example.org", ACCOUNT))
        .isEqualTo("sip:bob@example.org");
    assertThat(CallTargets.resolve("sip:bob@127.0.0.1:5070", Optional.empty()))
        .isEqualTo("sip:bob@127.0.0.1:5070");
  }

  @Test
  void badTargetsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> CallTargets.resolve("", ACCOUNT)).hasMessageContaining("blank");
    assertThatThrownBy(() -> CallTargets.resolve("030 1234 x", ACCOUNT))
        .hasMessageContaining("not a SIP URI");
    assertThatThrownBy(() -> CallTargets.resolve("sip:bob@@x y", ACCOUNT))
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> CallTargets.resolve("+4930123456", Optional.empty()))
        .hasMessageContaining("local line");
  }
}
