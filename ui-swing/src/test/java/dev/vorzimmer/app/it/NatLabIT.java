package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.NetLabExtension;
import dev.vorzimmer.testsupport.StunProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The phone at home behind a NAT router, the provider (Kamailio + rtpengine) on a public address:
 * see {@link NetLab}. The phone runs the README's default configuration (no {@code [sip] listen}).
 * Every test also checks that no SIP or SDP message the phone sent advertises {@code 0.0.0.0},
 * {@code ::} or {@code 0:0:0:0:0:0:0:0}, nor, once it knew its public address, its private one in a
 * Contact; one test checks the same for the SDP.
 */
class NatLabIT {
  private static final Path SIPP_MEDIA = Path.of("/usr/share/sip-tester");

  /** The bundled German greeting (4.0 s) plus the beep (0.4 s) and a margin. */
  private static final long AFTER_GREETING_MS = 5_000;

  /** Registration lifetime in the recovery tests: the phone refreshes within it. */
  private static final int EXPIRES = 20;

  /**
   * One refresh interval plus a margin for the retransmissions of a REGISTER into a stale mapping.
   */
  private static final Duration REFRESH_BOUND = Duration.ofSeconds(EXPIRES + 10);

  @RegisterExtension
  final NetLabExtension net = new NetLabExtension(Map.of(LabPhone.USER, LabPhone.PASSWORD));

  private LabPhone p;

  @AfterEach
  void stop() {
    if (p != null) {
      p.close();
    }
  }

  @Test
  void registersThroughTheNatWithItsPublicAddress() throws Exception {
    p = LabPhone.create(net, 300, "");
    p.start();
    p.assertNoWildcardOrPrivateAddressAdvertised();
    // the first REGISTER can only offer the private address; the answer's received/rport tell the
    // public one
    awaitContact(
        c -> c.contains("@" + NetLab.ROUTER_PUBLIC_ADDRESS + ":"),
        0,
        Duration.ofSeconds(10),
        "the public address " + NetLab.ROUTER_PUBLIC_ADDRESS);
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  /**
   * Issue #10: no private address once a public one was learned, in SDP too. Without {@code [nat]
   * stun} the phone knows its public IP only from the registrar's received/rport; this asks it to
   * offer that in the answer's {@code c=}/{@code o=} lines (the relay latches onto the real media
   * port anyway).
   */
  @Test
  void theAnswerOffersThePublicAddressOnceTheRegistrarToldIt() throws Exception {
    p = LabPhone.create(net, 300, "");
    p.start();
    publicContact();
    assertReachable("+491701112299");
    p.assertNoWildcardOrPrivateAddressAdvertised();
    p.assertSdpOffersThePublicAddress();
  }

  /**
   * With {@code [nat] stun} (a STUN server at the provider) the SDP carries the public address the
   * server saw.
   */
  @Test
  void withStunTheAnswerOffersThePublicAddress() throws Exception {
    try (StunProcess stun = StunProcess.start(net.lab(), net.workDir())) {
      p =
          LabPhone.create(
              net,
              300,
              "[nat]\nstun = \"%s:%d\"\n".formatted(NetLab.PROVIDER_ADDRESS, StunProcess.PORT));
      p.start();
      publicContact();
      assertReachable("+491701112288");
      assertThat(stun.bindings()).as("Binding requests the STUN server answered").isPositive();
      p.assertNoWildcardOrPrivateAddressAdvertised();
      p.assertSdpOffersThePublicAddress();
    }
  }

  @Test
  void aCallerAtTheProviderLeavesAMessageWithItsAudio() throws Exception {
    p = LabPhone.create(net, 300, "");
    p.start();
    Path pcap = SIPP_MEDIA.resolve("g711a.pcap");
    p.assertCall(
        p.caller()
            .from("+491701112233", "")
            .expectAnswerThen(
                SippCaller.pause(AFTER_GREETING_MS),
                SippCaller.play(pcap),
                SippCaller.pause(PcapAudio.durationMillis(pcap) + 1_500))
            .callTo(NetLab.PROVIDER_ADDRESS, 5070));
    String saved = p.phone.awaitLine(l -> l.startsWith("new message "), LabPhone.LINE_TIMEOUT);
    assertThat(saved).as(p::transcript).contains("+491701112233");

    short[] recorded = exportMessage(Long.parseLong(saved.split(" ")[2]));
    short[] sent = PcapAudio.decodeAlaw(pcap);
    AudioMatch match = AudioMatch.find(sent, recorded);
    assertThat(WavSamples.rms(recorded)).as("message is not silent").isGreaterThan(300);
    assertThat(match.correlation())
        .as("recording correlates with the caller's audio: %s", match)
        .isGreaterThan(0.9);
    assertThat(match.matchedSeconds())
        .as("%s", match)
        .isCloseTo(sent.length / 8000.0, Offset.offset(0.5));
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  @Test
  void afterTheRouterForgetsItsMappingThePhoneIsReachableAgainWithinOneRefresh() throws Exception {
    p = LabPhone.create(net, EXPIRES, "");
    p.start();
    String before = publicContact();

    net.lab().changeMasqueradePorts(40000, 49999);

    awaitContact(
        c -> !c.equals(before) && c.contains("@" + NetLab.ROUTER_PUBLIC_ADDRESS + ":4"),
        net.kamailio().countLogLines(KamailioProcess.REGISTER_ACCEPTED),
        REFRESH_BOUND,
        "the router's new public port (40000-49999) instead of " + before);
    assertReachable("+491701112244");
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  @Test
  void afterTheHomeAddressChangesThePhoneIsReachableAgainWithinOneRefresh() throws Exception {
    p = LabPhone.create(net, EXPIRES, "");
    p.start();
    String before = publicContact();

    net.lab().moveHome("192.168.77.3");
    net.lab().flushNatMappings();

    awaitContact(
        c -> !c.equals(before) && c.contains("@" + NetLab.ROUTER_PUBLIC_ADDRESS + ":"),
        net.kamailio().countLogLines(KamailioProcess.REGISTER_ACCEPTED),
        REFRESH_BOUND,
        "a new public mapping instead of " + before);
    assertReachable("+491701112255");
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  /** Waits until the provider holds the phone's public contact; returns it. */
  private String publicContact() throws Exception {
    return awaitContact(
        c -> c.contains("@" + NetLab.ROUTER_PUBLIC_ADDRESS + ":"),
        0,
        Duration.ofSeconds(10),
        "the public address " + NetLab.ROUTER_PUBLIC_ADDRESS);
  }

  /**
   * Waits until the provider holds exactly one contact for alice and it matches, checking after
   * every accepted REGISTER (from the {@code acceptedBefore + 1}st on); fails after {@code bound}.
   */
  private String awaitContact(
      Predicate<String> match, int acceptedBefore, Duration bound, String what) throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    for (int n = Math.max(1, acceptedBefore + 1); ; n++) {
      if (!net.kamailio()
          .awaitLogLines(
              KamailioProcess.REGISTER_ACCEPTED,
              n,
              Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
        break;
      }
      List<String> now = p.contacts();
      if (now.size() == 1 && match.test(now.get(0))) {
        return now.get(0);
      }
    }
    throw new AssertionError(
        "within "
            + bound.toSeconds()
            + " s the phone did not register with "
            + what
            + "; the provider holds "
            + p.contacts()
            + "\n"
            + p.transcript()
            + "\n"
            + net.kamailio().logTail(30));
  }

  /**
   * A caller at the provider gets through: the phone answers (screened to voicemail) and the call
   * ends.
   */
  private void assertReachable(String caller) throws Exception {
    p.assertCall(
        p.caller()
            .from(caller, "")
            .timeoutSeconds(20)
            .expectAnswerThenHangUpAfter(1_000)
            .callTo(NetLab.PROVIDER_ADDRESS, 5070));
  }

  private short[] exportMessage(long id) throws Exception {
    for (JsonNode m : new ObjectMapper().readTree(p.cli("messages", "--json"))) {
      if (m.get("id").asLong() == id) {
        assertThat(m.get("state").asText()).isEqualTo("complete");
      }
    }
    Path exported = p.work.resolve("message-" + id + ".wav");
    p.cli("messages", "export", Long.toString(id), exported.toString());
    return WavSamples.read(exported);
  }
}
