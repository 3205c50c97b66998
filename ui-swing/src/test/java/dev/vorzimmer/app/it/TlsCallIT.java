package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.TestPki;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged phone with {@code transport = "tls"} and nothing else about encryption: it registers
 * with Kamailio over TLS (its certificate checked against {@code ca_file} and the name
 * "localhost"), baresip's call with SRTP ({@code mediaenc=srtp-mand}) reaches it over the TLS
 * connection its REGISTER opened (it has no other way: no TCP listener, and its TLS listener has no
 * certificate), and the answering machine takes it with SRTP, since {@code media_encryption}
 * defaults to "optional" on TLS. An expired server certificate is named in the headless status line
 * and no REGISTER reaches Kamailio.
 */
class TlsCallIT {
  private static final Pattern ANY_REGISTER = Pattern.compile("VZ-REQ REGISTER ");
  private static final Pattern TLS_REGISTER = Pattern.compile("VZ-REQ REGISTER .* proto=tls ");
  private final TestPki ca = TestPki.create("Vorzimmer Test CA");
  private PhoneFixture f;

  @AfterEach
  void stop() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void baresipsSrtpCallReachesThePhoneOverItsTlsConnectionAndLeavesAnEncryptedMessage()
      throws Exception {
    assumeTrue(BaresipCaller.installed(), "baresip-core is installed by scripts/test");
    f = PhoneFixture.overTls(ca, ca, Instant.now().plus(Duration.ofDays(1)));
    f.startPhone();
    assertThat(f.kamailio.countLogLines(TLS_REGISTER))
        .isPositive()
        .isEqualTo(f.kamailio.countLogLines(ANY_REGISTER));

    short[] tone = new short[20 * 8000];
    for (int i = 0; i < tone.length; i++) {
      tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 600 * i / 8000.0));
    }
    try (BaresipCaller caller =
        BaresipCaller.call(
            f.work.resolve("baresip"),
            "+491701112299",
            "sip:alice@127.0.0.1:" + f.kamailio.trunkPort(),
            tone,
            FreePorts.udpAndTcp(),
            evenFreeRange(),
            8)) {
      String saved =
          f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT);
      assertThat(saved)
          .as(() -> f.phone.transcript() + "\n" + caller.logTail() + f.kamailio.logTail(40))
          .isNotNull()
          .contains("+491701112299");
      assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();
      JsonNode calls = new ObjectMapper().readTree(f.cli("calls", "--json"));
      assertThat(calls)
          .anySatisfy(
              c -> {
                assertThat(c.get("number").asText()).isEqualTo("+491701112299");
                assertThat(c.get("encrypted").asText()).isEqualTo("srtp");
              });
      caller.awaitExit(20);
    }
  }

  @Test
  void anExpiredCertificateIsNamedInTheStatusLineAndNothingIsSent() throws Exception {
    f = PhoneFixture.overTls(ca, ca, Instant.now().minus(Duration.ofDays(2)));
    f.phone = PhoneProcess.start(f.work, "run", "--headless", "--home", f.home.toString());

    String status = f.phone.awaitLine(l -> l.contains("TLS refused"), PhoneFixture.LINE_TIMEOUT);

    assertThat(status)
        .as(f.phone::transcript)
        .isNotNull()
        .contains("localhost (127.0.0.1:" + f.kamailio.tlsPort() + ")")
        .contains("its certificate expired on ");
    assertThat(f.kamailio.countLogLines(ANY_REGISTER)).isZero();
  }

  private static int evenFreeRange() {
    for (int base = 31000 + 10 * (int) (ProcessHandle.current().pid() % 2000); ; base += 10) {
      int b = base;
      if (java.util.stream.IntStream.range(b, b + 10).allMatch(FreePorts::isFree)) {
        return b;
      }
    }
  }
}
