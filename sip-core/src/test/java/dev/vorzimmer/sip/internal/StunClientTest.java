package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The STUN client against a tiny RFC 5389 responder on loopback, and against one that never
 * answers.
 */
class StunClientTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Duration BUDGET = Duration.ofSeconds(2);
  private final StunClient client = new StunClient();

  @Test
  void learnsTheXorMappedAddressTheServerSaw() throws Exception {
    InetSocketAddress pub = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 40_002);
    try (StunResponder server = StunResponder.answering(pub)) {
      StunClient.Result result = client.query("127.0.0.1", server.port(), "0.0.0.0", BUDGET);

      assertThat(result.mapped()).as(result.problem()).contains(pub);
    }
  }

  @Test
  void decodesIpv6AndThePlainMappedAddressToo() throws Exception {
    InetSocketAddress pub = new InetSocketAddress(InetAddress.getByName("2001:db8::7"), 40_004);
    try (StunResponder server = StunResponder.answering(pub)) {
      assertThat(client.query("127.0.0.1", server.port(), "0.0.0.0", BUDGET).mapped())
          .contains(pub);
    }
    InetSocketAddress plain = new InetSocketAddress(InetAddress.getByName("198.51.100.9"), 5004);
    try (StunResponder server = StunResponder.answering(plain, 0, false)) {
      assertThat(client.query("127.0.0.1", server.port(), "0.0.0.0", BUDGET).mapped())
          .contains(plain);
    }
  }

  @Test
  void retransmitsWhenTheFirstRequestIsLost() throws Exception {
    try (StunResponder server = StunResponder.answering(null, 1, true)) {
      StunClient.Result result = client.query("127.0.0.1", server.port(), "127.0.0.1", BUDGET);

      assertThat(result.mapped()).as(result.problem()).isPresent();
      assertThat(result.mapped().get().getAddress()).isEqualTo(LOOPBACK);
    }
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpOnWithAReason() throws Exception {
    try (StunResponder server = StunResponder.silent()) {
      StunClient.Result result = client.query("127.0.0.1", server.port(), "0.0.0.0", BUDGET);

      assertThat(result.mapped()).isEmpty();
      assertThat(result.problem())
          .isEqualTo("no answer from STUN server 127.0.0.1:" + server.port() + " within 2000 ms");
    }
  }

  @Test
  void anUnresolvableServerIsAProblemNotACrash() {
    StunClient.Result result = client.query("stun.invalid", 3478, "0.0.0.0", BUDGET);

    assertThat(result.mapped()).isEmpty();
    assertThat(result.problem()).contains("stun.invalid does not resolve");
  }

  @Test
  void answersForAnotherTransactionOrGarbageAreIgnored() {
    byte[] transaction = new byte[12];
    byte[] other = new byte[12];
    other[0] = 1;
    InetSocketAddress pub = new InetSocketAddress(LOOPBACK, 5000);
    assertThat(StunClient.parse(StunResponder.success(other, pub, true), transaction)).isEmpty();
    assertThat(StunClient.parse(new byte[] {1, 1, 0, 0}, transaction)).isEmpty();
    byte[] truncated = Arrays.copyOf(StunResponder.success(transaction, pub, true), 26);
    assertThat(StunClient.parse(truncated, transaction)).isEmpty();
  }
}
