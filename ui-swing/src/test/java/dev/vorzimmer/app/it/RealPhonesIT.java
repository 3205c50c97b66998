package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.BaresipProcess;
import dev.vorzimmer.testsupport.LinphonecProcess;
import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.NetLabExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real SIP phones at the other end of the network lab: baresip on the provider side calls the phone
 * (at home behind NAT, default configuration) and leaves a message (the message holds baresip's
 * tone, baresip's recording holds the greeting: audio both ways), and the phone calls baresip
 * ({@code vorzimmer call --play}, baresip's recording holds our tone). The same both ways with
 * Linphone's console client linphonec.
 */
class RealPhonesIT {
  private static final String BOB = "bob";
  private static final String BOB_PASSWORD = "builder";
  private static final Pattern BOB_REGISTERED = Pattern.compile("VZ-REGISTER-OK aor=sip:bob@");
  private static final String CAROL = "carol";
  private static final String CAROL_PASSWORD = "singer";
  private static final Pattern CAROL_REGISTERED = Pattern.compile("VZ-REGISTER-OK aor=sip:carol@");

  @RegisterExtension
  final NetLabExtension net =
      new NetLabExtension(
          Map.of(LabPhone.USER, LabPhone.PASSWORD, BOB, BOB_PASSWORD, CAROL, CAROL_PASSWORD));

  private LabPhone p;

  @AfterEach
  void stop() {
    if (p != null) {
      p.close();
    }
  }

  @Test
  void baresipCallsInAndTheMessageHoldsItsTone() throws Exception {
    p = LabPhone.create(net, 300, "");
    p.start();
    Path tone = ToneFile.write(p.work.resolve("tone600.wav"), 600, 20);
    // baresip hangs up after 14 s: greeting (~4.4 s) and beep, then about 8 s of its tone on the
    // message
    try (BaresipProcess baresip =
        BaresipProcess.call(
            p.work.resolve("baresip"),
            net.lab().in(NetLab.Ns.PROVIDER),
            NetLab.PROVIDER_ADDRESS,
            5090,
            "+491701112266",
            tone,
            "sip:alice@" + NetLab.PROVIDER_ADDRESS + ":5070",
            14)) {
      String saved = p.phone.awaitLine(l -> l.startsWith("new message "), Duration.ofSeconds(40));
      assertThat(saved)
          .as(() -> p.transcript() + "\nbaresip:\n" + baresip.logTail(30))
          .contains("+491701112266");
      short[] message = exportMessage(Long.parseLong(saved.split(" ")[2]));
      assertThat(ToneFile.loudSeconds(message))
          .as("seconds of baresip's tone on the message")
          .isGreaterThan(5);
      assertThat(ToneFile.frequencyOfLoudPart(message))
          .as("the tone baresip sent")
          .isCloseTo(600, Offset.offset(30.0));
      // the other way in the same call: baresip heard the greeting (speech) and the beep
      assertThat(baresip.awaitExit(Duration.ofSeconds(10))).as(baresip.logTail(30)).isTrue();
      Path heard =
          baresip
              .heard()
              .orElseThrow(
                  () -> new AssertionError("baresip recorded nothing:\n" + baresip.logTail(30)));
      assertThat(ToneFile.loudSeconds(WavSamples.read(heard)))
          .as("seconds of the greeting baresip heard")
          .isGreaterThan(2);
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  @Test
  void thePhoneCallsBaresipAndItHearsOurTone() throws Exception {
    p = LabPhone.create(net, 300, "");
    Path ours = ToneFile.write(p.work.resolve("tone440.wav"), 440, 6);
    Path theirs = ToneFile.write(p.work.resolve("tone600.wav"), 600, 20);
    try (BaresipProcess baresip =
        BaresipProcess.answering(
            p.work.resolve("baresip"),
            net.lab().in(NetLab.Ns.PROVIDER),
            NetLab.PROVIDER_ADDRESS,
            5094,
            BOB,
            BOB_PASSWORD,
            NetLab.PROVIDER_ADDRESS + ":5060",
            theirs,
            40)) {
      assertThat(net.kamailio().awaitLogLine(BOB_REGISTERED, Duration.ofSeconds(15)))
          .as(baresip.logTail(30))
          .isTrue();
      try (PhoneProcess call =
          p.startCommand(
              "call", "sip:" + BOB + "@" + net.kamailio().domain(), "--play", ours.toString())) {
        assertThat(call.awaitLine(l -> l.startsWith("active"), LabPhone.LINE_TIMEOUT))
            .as(() -> call.transcript() + "\nbaresip:\n" + baresip.logTail(30))
            .isNotNull();
        // let the 6 s tone cross the NAT and the relay, then hang up
        new CountDownLatch(1).await(7, TimeUnit.SECONDS);
        assertThat(call.terminate(Duration.ofSeconds(20))).as(call::transcript).isZero();
      }
      assertThat(baresip.awaitLine(BaresipProcess.TERMINATED, Duration.ofSeconds(10)))
          .as(baresip.logTail(30))
          .isTrue();
      Path heard =
          baresip
              .heard()
              .orElseThrow(
                  () -> new AssertionError("baresip recorded nothing:\n" + baresip.logTail(30)));
      short[] samples = WavSamples.read(heard);
      assertThat(ToneFile.loudSeconds(samples))
          .as("seconds of our tone baresip heard")
          .isGreaterThan(4);
      assertThat(ToneFile.frequencyOfLoudPart(samples))
          .as("the tone we sent")
          .isCloseTo(440, Offset.offset(25.0));
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  @Test
  void linphonecCallsInAndTheMessageHoldsItsTone() throws Exception {
    p = LabPhone.create(net, 300, "");
    p.start();
    Path tone = ToneFile.write(p.work.resolve("tone600.wav"), 600, 20);
    try (LinphonecProcess linphone =
        LinphonecProcess.start(
            p.work.resolve("linphonec"),
            net.lab().in(NetLab.Ns.PROVIDER),
            NetLab.PROVIDER_ADDRESS,
            "+491701112277",
            tone,
            false)) {
      linphone.send("call sip:alice@" + NetLab.PROVIDER_ADDRESS + ":5070");
      assertThat(linphone.awaitLine(LinphonecProcess.CONNECTED, LabPhone.LINE_TIMEOUT))
          .as(() -> p.transcript() + "\nlinphonec:\n" + linphone.logTail(30))
          .isTrue();
      // greeting (~4.4 s) and beep, then about 7 s of the tone on the message
      new CountDownLatch(1).await(12, TimeUnit.SECONDS);
      linphone.send("terminate");
      String saved = p.phone.awaitLine(l -> l.startsWith("new message "), LabPhone.LINE_TIMEOUT);
      assertThat(saved)
          .as(() -> p.transcript() + "\nlinphonec:\n" + linphone.logTail(30))
          .contains("+491701112277");
      short[] message = exportMessage(Long.parseLong(saved.split(" ")[2]));
      assertThat(ToneFile.loudSeconds(message))
          .as("seconds of linphonec's tone on the message")
          .isGreaterThan(4);
      assertThat(ToneFile.frequencyOfLoudPart(message))
          .as("the tone linphonec sent")
          .isCloseTo(600, Offset.offset(60.0));
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  @Test
  void thePhoneCallsLinphonecAndItHearsOurTone() throws Exception {
    p = LabPhone.create(net, 300, "");
    Path ours = ToneFile.write(p.work.resolve("tone440.wav"), 440, 6);
    Path theirs = ToneFile.write(p.work.resolve("tone600.wav"), 600, 20);
    try (LinphonecProcess linphone =
        LinphonecProcess.start(
            p.work.resolve("linphonec"),
            net.lab().in(NetLab.Ns.PROVIDER),
            NetLab.PROVIDER_ADDRESS,
            CAROL,
            theirs,
            true)) {
      linphone.send(
          "register sip:"
              + CAROL
              + "@"
              + NetLab.PROVIDER_ADDRESS
              + " sip:"
              + NetLab.PROVIDER_ADDRESS
              + ":5060 "
              + CAROL_PASSWORD);
      assertThat(net.kamailio().awaitLogLine(CAROL_REGISTERED, Duration.ofSeconds(15)))
          .as(linphone.logTail(30))
          .isTrue();
      try (PhoneProcess call =
          p.startCommand(
              "call", "sip:" + CAROL + "@" + net.kamailio().domain(), "--play", ours.toString())) {
        assertThat(call.awaitLine(l -> l.startsWith("active"), LabPhone.LINE_TIMEOUT))
            .as(() -> call.transcript() + "\nlinphonec:\n" + linphone.logTail(30))
            .isNotNull();
        new CountDownLatch(1).await(7, TimeUnit.SECONDS);
        assertThat(call.terminate(Duration.ofSeconds(20))).as(call::transcript).isZero();
      }
      assertThat(linphone.awaitLine(LinphonecProcess.ENDED, Duration.ofSeconds(10)))
          .as(linphone.logTail(30))
          .isTrue();
      short[] samples = WavSamples.read(linphone.heard());
      assertThat(ToneFile.loudSeconds(samples))
          .as("seconds of our tone linphonec heard")
          .isGreaterThan(4);
      assertThat(ToneFile.frequencyOfLoudPart(samples))
          .as("the tone we sent")
          .isCloseTo(440, Offset.offset(44.0));
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }

  private short[] exportMessage(long id) throws Exception {
    Path exported = p.work.resolve("message-" + id + ".wav");
    p.cli("messages", "export", Long.toString(id), exported.toString());
    return WavSamples.read(exported);
  }
}
