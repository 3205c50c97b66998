package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.BaresipProcess;
import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.NetLabExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #10: in the network lab a live call carries audio both ways. The phone runs at home behind the NAT with
 * the README's default configuration, as its own JVM ({@link LabLivePhoneMain}) with a 440 Hz tone as microphone
 * and a collecting speaker; baresip on the provider side (a contact of the user, so the phone rings) calls it
 * through Kamailio and the rtpengine relay, sending a 600 Hz tone; the user answers. Baresip's recording must
 * hold our tone and our speaker baresip's, and no message the phone sent may advertise a wildcard address.
 */
class LiveLabCallIT {
  private static final String CALLER = "+491701112266";
  /** How long baresip stays on the line (it hangs up when its time runs out). */
  private static final int CALL_SECONDS = 10;

  @RegisterExtension
  final NetLabExtension net = new NetLabExtension(Map.of(LabPhone.USER, LabPhone.PASSWORD));
  private LabPhone p;
  private PhoneProcess child;

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
    p = LabPhone.create(net, 300, "");
    Path speaker = p.work.resolve("speaker.wav");
    child = PhoneProcess.startMainIn(net.lab().in(NetLab.Ns.HOME), p.work, LabLivePhoneMain.class,
        p.home.toString(), "answer", CALLER, speaker.toString(), "40");
    assertThat(child.awaitLine(l -> l.equals(LabLivePhoneMain.PREFIX + "registered"), LabPhone.LINE_TIMEOUT))
        .as(child::transcript).isNotNull();
    Path tone = ToneFile.write(p.work.resolve("tone600.wav"), 600, 20);
    try (BaresipProcess baresip = BaresipProcess.call(p.work.resolve("baresip"), net.lab().in(NetLab.Ns.PROVIDER),
        NetLab.PROVIDER_ADDRESS, 5090, CALLER, tone, "sip:alice@" + NetLab.PROVIDER_ADDRESS + ":5070",
        CALL_SECONDS)) {
      assertThat(child.awaitLine(l -> l.equals(LabLivePhoneMain.PREFIX + "active"), LabPhone.LINE_TIMEOUT))
          .as(() -> child.transcript() + "\nbaresip:\n" + baresip.logTail(30)).isNotNull();
      // baresip hangs up when its time is over; the phone then writes what its speaker got and ends
      assertThat(child.awaitExit(Duration.ofSeconds(CALL_SECONDS + 15)))
          .as(() -> child.transcript() + "\nbaresip:\n" + baresip.logTail(30)).isZero();
      assertThat(baresip.awaitExit(Duration.ofSeconds(10))).as(baresip.logTail(30)).isTrue();

      short[] weHeard = WavSamples.read(speaker);
      assertThat(ToneFile.loudSeconds(weHeard)).as("seconds of baresip's tone our speaker got").isGreaterThan(4);
      assertThat(ToneFile.frequencyOfLoudPart(weHeard)).as("the tone baresip sent").isCloseTo(600, Offset.offset(30.0));
      Path heard = baresip.heard().orElseThrow(() -> new AssertionError("baresip recorded nothing:\n" + baresip.logTail(30)));
      short[] theyHeard = WavSamples.read(heard);
      assertThat(ToneFile.loudSeconds(theyHeard)).as("seconds of our microphone's tone baresip heard").isGreaterThan(4);
      assertThat(ToneFile.frequencyOfLoudPart(theyHeard)).as("the tone our microphone sent").isCloseTo(440, Offset.offset(25.0));
    }
    p.assertNoWildcardOrPrivateAddressAdvertised();
  }
}
