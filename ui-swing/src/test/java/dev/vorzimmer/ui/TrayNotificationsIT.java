package dev.vorzimmer.ui;

import static dev.vorzimmer.ui.PhoneWindowFixture.ERIKA;
import static dev.vorzimmer.ui.PhoneWindowFixture.STRANGER;
import static dev.vorzimmer.ui.PhoneWindowFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.ui.common.WindowPlacement;
import dev.vorzimmer.ui.desktop.DesktopIntegration;
import dev.vorzimmer.ui.desktop.Ringtone;
import dev.vorzimmer.ui.desktop.TrayPresence;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.MenuSelectionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The window's life outside itself under plain Xvfb, which has no system tray (the usual CI case):
 * a ringing call plays the ringtone (or reports that there is no sound device), a call the caller
 * gives up while it rings is announced as missed, a new message is announced, and closing the
 * window quits and the phone unregisters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrayNotificationsIT {
  private PhoneWindowFixture f;

  @BeforeAll
  void start() throws Exception {
    f = new PhoneWindowFixture("vz-tray-it", TrayPresence::install);
  }

  @AfterAll
  void stop() {
    if (f != null) {
      f.close();
    }
  }

  /**
   * Whether the phone's chosen speaker plays (the fixture's phone has no sound devices: it does
   * not).
   */
  private boolean phoneHasSoundOutput() {
    try (AudioSink speaker = f.phone.sound().openOutput()) {
      return speaker.problem().isEmpty();
    }
  }

  @Test
  @Order(1)
  void aCallGivenUpWhileRingingRingsThenIsAnnouncedAsMissed() throws Exception {
    Ringtone ringtone = f.ui.desktop().ringtone();
    Ringtone.Status expected =
        phoneHasSoundOutput() ? Ringtone.Status.RINGING : Ringtone.Status.NO_DEVICE;
    try (SippRun run =
        f.caller()
            .from(ERIKA, "Erika")
            .expectRingThenCancelAfter(4000)
            .start("127.0.0.1", f.kamailio.trunkPort())) {
      f.robot.await(
          "incoming call view",
          WAIT,
          () -> f.ui.window().incoming().dialog().isPresent(),
          () -> "no view");
      f.robot.await(
          "ringtone " + expected,
          WAIT,
          () -> ringtone.status() == expected,
          () -> "" + ringtone.status());
      assertThat(SwingRobot.onEdt(TrayNotificationsIT::visibleWindows))
          .as("no error dialog, only window and call view")
          .hasSize(2);
      f.assertCall(run.await());
    }
    f.robot.await(
        "missed-call notice",
        WAIT,
        () -> f.text("status.notice").equals("Missed call: Erika Mustermann · 030 1234567"),
        () -> f.text("status.notice"));
    assertThat(f.ui.window().incoming().dialog()).as("call view closed").isEmpty();
    assertThat(ringtone.isRinging()).as("ringtone stopped").isFalse();
    assertThat(ringtone.status()).isNotEqualTo(Ringtone.Status.RINGING);
    SwingRobot.screenshot(f.frame, "tray-01-missed-call");
  }

  private static List<Window> visibleWindows() {
    return Arrays.stream(Window.getWindows()).filter(Window::isShowing).toList();
  }

  @Test
  @Order(2)
  void aNewMessageIsAnnounced() throws Exception {
    f.assertCall(
        f.caller()
            .from(STRANGER, "")
            .expectAnswerThenSpeakAfter(5000)
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    f.robot.await(
        "new-message notice",
        WAIT,
        () -> f.text("status.notice").matches("New message: 0170 1234567 \\(0:0\\d\\)"),
        () -> f.text("status.notice"));
    SwingRobot.screenshot(f.frame, "tray-02-new-message");
  }

  @Test
  @Order(3)
  void withoutATrayClosingTheWindowQuitsAndThePhoneUnregisters() throws Exception {
    assertThat(f.ui.desktop().hasTray()).as("Xvfb has no system tray").isFalse();
    JCheckBoxMenuItem keep = SwingRobot.onEdt(() -> f.viewItem("menu.closeToTray"));
    assertThat(SwingRobot.onEdt(keep::isEnabled)).as("switch greyed out without a tray").isFalse();
    JCheckBoxMenuItem ring = SwingRobot.onEdt(() -> f.viewItem("menu.ringtone"));
    assertThat(SwingRobot.onEdt(ring::isSelected)).as("ringtone on by default").isTrue();
    SwingRobot.runOnEdt(() -> f.frame.getJMenuBar().getMenu(2).doClick());
    SwingRobot.screenshot(f.frame, "tray-03-view-menu");
    SwingRobot.runOnEdt(() -> MenuSelectionManager.defaultManager().clearSelectedPath());
    SwingRobot.runOnEdt(ring::doClick);
    f.registrations.clear();
    SwingRobot.runOnEdt(
        () -> f.frame.dispatchEvent(new WindowEvent(f.frame, WindowEvent.WINDOW_CLOSING)));
    assertThat(f.quit.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("closing quits").isTrue();
    assertThat(SwingRobot.onEdt(f.frame::isDisplayable)).as("window disposed").isFalse();
    f.shutDownAndAssertUnregistered();
    f.ui.close(); // waits for the window's background work (the saved switch)
    assertThat(
            new WindowPlacement(f.home.dataDir().resolve("window.properties"))
                .flag(DesktopIntegration.RINGTONE, true))
        .as("ringtone switch remembered")
        .isFalse();
  }
}
