package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.BaresipProcess;
import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.NetLabExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #10: in the network lab a live call carries audio both ways. The phone runs at home behind
 * the NAT with the README's default configuration, as its own JVM ({@link LabLivePhoneMain}: a JVM
 * thread cannot enter a namespace) with a 440 Hz tone as microphone and a collecting speaker;
 * baresip on the provider side sends a 600 Hz tone, and all media go through Kamailio's rtpengine
 * relay. The user answers a call from baresip (a contact, so the phone rings), or calls baresip.
 * Baresip's recording must hold our tone, our speaker must have got baresip's, and no message the
 * phone sent may advertise a wildcard (or, after learning its public address, its private one in a
 * Contact).
 */
class LiveLabCallIT {
  private static final String CALLER = "+491701112266";
  private static final String BOB = "bob";
  private static final String BOB_PASSWORD = "builder";
  private static final Pattern ALICE_REGISTERED = Pattern.compile("VZ-REGISTER-OK aor=sip:alice@");
  private static final Pattern BOB_REGISTERED = Pattern.compile("VZ-REGISTER-OK aor=sip:bob@");

  /** rtpengine latched onto media from the router's public address: the phone's, after NAT. */
  private static final Pattern PHONE_MEDIA_AT_RELAY =
      Pattern.compile(
          "Confirmed peer address as " + Pattern.quote(NetLab.ROUTER_PUBLIC_ADDRESS) + ":");

  /** How long a call lasts: whoever hangs up does so after this (baresip counts from its start). */
  private static final int CALL_SECONDS = 9;

  /** The child phone ends by itself within this, whatever happens. */
  private static final String CHILD_LIMIT_SECONDS = "40";

  @RegisterExtension
  final NetLabExtension net =
      new NetLabExtension(Map.of(LabPhone.USER, LabPhone.PASSWORD, BOB, BOB_PASSWORD));

  private LabPhone p;
  private PhoneProcess child;
  private Path speaker;

  @BeforeEach
  void home() throws Exception {
    p = LabPhone.create(net, 300, "");
    speaker = p.work.resolve("speaker.wav");
  }

  @AfterEach
  void stop() {
    if (child != null) {
      child.close();
    }
    if (p != null) {
      p.close();
    }
  }

  @Test
  void theUserAnswersACallFromAContactAndBothHearEachOther() throws Exception {
    startChild("answer", CALLER, 3 * CALL_SECONDS);
    // the first REGISTER offers the private address; the second (after received/rport) the public
    // one
    assertThat(net.kamailio().awaitLogLines(ALICE_REGISTERED, 2, Duration.ofSeconds(10)))
        .as(() -> child.transcript() + "\n" + net.kamailio().logTail(30))
        .isTrue();
    assertThat(p.contacts())
        .singleElement()
        .asString()
        .contains("@" + NetLab.ROUTER_PUBLIC_ADDRESS + ":");
    try (BaresipProcess baresip =
        BaresipProcess.call(
            p.work.resolve("baresip"),
            net.lab().in(NetLab.Ns.PROVIDER),
            NetLab.PROVIDER_ADDRESS,
            5090,
            CALLER,
            tone600(),
            "sip:alice@" + NetLab.PROVIDER_ADDRESS + ":5070",
            CALL_SECONDS)) {
      // baresip hangs up when its time is over; the phone then writes what its speaker got and ends
      awaitCallAndChildEnd(baresip);
      assertThat(baresip.awaitExit(Duration.ofSeconds(10))).as(baresip.logTail(30)).isTrue();
      assertBothHeardEachOther(baresip);
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  @Test
  void theUserCallsBaresipAndBothHearEachOther() throws Exception {
    try (BaresipProcess baresip =
        BaresipProcess.answering(
            p.work.resolve("baresip"),
            net.lab().in(NetLab.Ns.PROVIDER),
            NetLab.PROVIDER_ADDRESS,
            5094,
            BOB,
            BOB_PASSWORD,
            NetLab.PROVIDER_ADDRESS + ":5060",
            tone600(),
            40)) {
      assertThat(net.kamailio().awaitLogLine(BOB_REGISTERED, Duration.ofSeconds(15)))
          .as(baresip.logTail(30))
          .isTrue();
      startChild("call", "sip:" + BOB + "@" + net.kamailio().domain(), CALL_SECONDS);
      // the phone hangs up after CALL_SECONDS of talk, writes what its speaker got and ends
      awaitCallAndChildEnd(baresip);
      assertThat(baresip.awaitLine(BaresipProcess.TERMINATED, Duration.ofSeconds(10)))
          .as(baresip.logTail(30))
          .isTrue();
      assertBothHeardEachOther(baresip);
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  /** Starts the phone in the home namespace and waits until it is registered through the NAT. */
  private void startChild(String mode, String peer, int talkSeconds) throws Exception {
    child =
        PhoneProcess.startMainIn(
            net.lab().in(NetLab.Ns.HOME),
            p.work,
            LabLivePhoneMain.class,
            p.home.toString(),
            mode,
            peer,
            speaker.toString(),
            CHILD_LIMIT_SECONDS,
            Integer.toString(talkSeconds));
    assertThat(
            child.awaitLine(
                l -> l.equals(LabLivePhoneMain.PREFIX + "registered"), LabPhone.LINE_TIMEOUT))
        .as(child::transcript)
        .isNotNull();
  }

  private Path tone600() throws Exception {
    return ToneFile.write(p.work.resolve("tone600.wav"), 600, 20);
  }

  private void awaitCallAndChildEnd(BaresipProcess baresip) throws Exception {
    assertThat(
            child.awaitLine(
                l -> l.equals(LabLivePhoneMain.PREFIX + "active"), LabPhone.LINE_TIMEOUT))
        .as(() -> child.transcript() + "\nbaresip:\n" + baresip.logTail(30))
        .isNotNull();
    assertThat(child.awaitExit(Duration.ofSeconds(CALL_SECONDS + 15)))
        .as(() -> child.transcript() + "\nbaresip:\n" + baresip.logTail(30))
        .isZero();
  }

  private void assertBothHeardEachOther(BaresipProcess baresip) throws Exception {
    assertThat(net.relay().countLogLines(PHONE_MEDIA_AT_RELAY))
        .as(() -> "the relay got our media through the NAT:\n" + net.relay().logTail(20))
        .isPositive();
    short[] weHeard = WavSamples.read(speaker);
    assertThat(ToneFile.loudSeconds(weHeard))
        .as("seconds of baresip's tone our speaker got")
        .isGreaterThan(4);
    assertThat(ToneFile.frequencyOfLoudPart(weHeard))
        .as("the tone baresip sent")
        .isCloseTo(600, Offset.offset(30.0));
    Path heard =
        baresip
            .heard()
            .orElseThrow(
                () -> new AssertionError("baresip recorded nothing:\n" + baresip.logTail(30)));
    short[] theyHeard = WavSamples.read(heard);
    assertThat(ToneFile.loudSeconds(theyHeard))
        .as("seconds of our microphone's tone baresip heard")
        .isGreaterThan(4);
    assertThat(ToneFile.frequencyOfLoudPart(theyHeard))
        .as("the tone our microphone sent")
        .isCloseTo(440, Offset.offset(25.0));
  }
}
