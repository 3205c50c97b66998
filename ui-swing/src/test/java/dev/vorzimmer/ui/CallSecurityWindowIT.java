package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import java.awt.Component;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lock, under Xvfb, for a real SRTP call: Anna's phone (headless, {@code media_encryption =
 * "required"}) calls Ben, whose window is open ({@code "optional"}), through a real Kamailio over
 * UDP. The incoming-call panel, the in-call view and the call's row in the Calls tab all say
 * "Encrypted audio (SRTP), signalling unencrypted" — the audio is SRTP, the SIP is not TLS.
 */
class CallSecurityWindowIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ANNA = "03011111111";
  private static final String BEN = "03022222222";
  private static final String SRTP_ONLY = "Encrypted audio (SRTP), signalling unencrypted";
  private KamailioPhones fixture;
  private Phone anna;
  private Phone ben;
  private ToneDevices benSound;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;

  @BeforeEach
  void start() throws Exception {
    fixture = KamailioPhones.start("vz-lock-it", Map.of(ANNA, "anna-pw", BEN, "ben-pw"));
    anna = phone("anna", ANNA, "anna-pw", "required", new ToneDevices(440));
    benSound = new ToneDevices(1000);
    ben = phone("ben", BEN, "ben-pw", "optional", benSound);
    ben.screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Anna", List.of("+493011111111"), Optional.empty(), false));
    ui =
        fixture.openWindow(
            ben, AppHome.at(fixture.work.resolve("ben")), new ForwardingMessageListener());
    robot = fixture.robot();
    frame = fixture.frame();
    anna.agent().start();
    ben.agent().start();
    robot.await(
        "Ben registered",
        WAIT,
        () -> text("status").startsWith("Registered as"),
        () -> text("status"));
  }

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void anSrtpCallShowsItsLockWhileRingingInTheCallAndInTheLog() throws Exception {
    anna.agent().call("sip:" + BEN + "@" + fixture.kamailio.domain());

    robot.await(
        "the incoming-call panel's lock",
        WAIT,
        () -> text("incoming.security").equals(SRTP_ONLY),
        () -> text("incoming.security"));
    assertThat(level("incoming.security")).isEqualTo("media_only");
    assertThat(tooltip("incoming.security")).isEqualTo(SRTP_ONLY);
    SwingRobot.screenshot(
        SwingRobot.onEdt(() -> ui.window().incoming().dialog().orElseThrow()), "40-incoming-lock");

    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "incoming.answer", AbstractButton.class)
                .orElseThrow()
                .doClick());
    robot.await(
        "connected",
        WAIT,
        () -> text("incall.state").equals("Connected"),
        () -> text("incall.state"));
    assertThat(text("incall.security")).isEqualTo(SRTP_ONLY);
    assertThat(level("incall.security")).isEqualTo("media_only");
    JDialog inCall = SwingRobot.onEdt(() -> ui.window().inCall().dialog().orElseThrow());
    SwingRobot.screenshot(inCall, "41-in-call-lock");

    String call = anna.agent().calls().get(0).callId();
    assertThat(anna.agent().calls().get(0).state()).isEqualTo(CallState.ACTIVE);
    anna.agent().hangUp(call);
    robot.await(
        "the call's row in the Calls tab with its lock",
        WAIT,
        () -> String.valueOf(firstRowOutcomeTooltip()).endsWith(" — " + SRTP_ONLY),
        () -> String.valueOf(firstRowOutcomeTooltip()));
    SwingRobot.screenshot(frame, "42-calls-lock");
  }

  @Test
  void anUnpluggedSpeakerIsSaidInTheCallWhichGoesOn() throws Exception {
    anna.agent().call("sip:" + BEN + "@" + fixture.kamailio.domain());
    robot.await(
        "incoming panel",
        WAIT,
        () -> SwingRobot.find(frame, "incoming.answer", AbstractButton.class).isPresent(),
        () -> "no panel");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "incoming.answer", AbstractButton.class)
                .orElseThrow()
                .doClick());
    robot.await(
        "connected",
        WAIT,
        () -> text("incall.state").equals("Connected"),
        () -> text("incall.state"));
    assertThat(text("incall.devices")).isBlank();

    benSound.unplugSpeaker();

    robot.await(
        "the in-call view says the speaker is gone",
        WAIT,
        () -> text("incall.devices").contains("The speaker stopped working"),
        () -> text("incall.devices"));
    assertThat(text("incall.devices")).contains("The call goes on");
    assertThat(ben.agent().calls())
        .singleElement()
        .satisfies(c -> assertThat(c.state()).isEqualTo(CallState.ACTIVE));
    SwingRobot.screenshot(
        SwingRobot.onEdt(() -> ui.window().inCall().dialog().orElseThrow()),
        "43-in-call-speaker-gone");

    benSound.plugSpeakerIn();

    robot.await(
        "back",
        WAIT,
        () -> text("incall.devices").equals("Microphone and speaker work again."),
        () -> text("incall.devices"));
    assertThat(text("incall.state")).isEqualTo("Connected");
  }

  private String text(String name) throws Exception {
    return fixture.text(name);
  }

  private String tooltip(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).orElseThrow().getToolTipText());
  }

  private String level(String name) throws Exception {
    return SwingRobot.onEdt(
        () ->
            String.valueOf(
                SwingRobot.find(frame, name, JLabel.class)
                    .orElseThrow()
                    .getClientProperty("security")));
  }

  /** The tooltip of the newest answered call in the Calls list (EDT); null if none yet. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private String firstRowOutcomeTooltip() {
    JList list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
    for (int i = 0; i < list.getModel().getSize(); i++) {
      Object item = list.getModel().getElementAt(i);
      if (String.valueOf(item).endsWith("| answered")) {
        Component cell =
            list.getCellRenderer().getListCellRendererComponent(list, item, i, false, false);
        return ((JComponent) cell).getToolTipText();
      }
    }
    return null;
  }

  private Phone phone(String name, String user, String password, String mode, ToneDevices sound)
      throws Exception {
    AppHome home =
        fixture.home(
            name,
            "[account]\n"
                + fixture.account(user, password)
                + "media_encryption = \""
                + mode
                + "\"\n[sip]\nlisten = \"127.0.0.1:"
                + FreePorts.udpAndTcp()
                + "\"\n");
    return fixture.phone(home, sound);
  }
}
