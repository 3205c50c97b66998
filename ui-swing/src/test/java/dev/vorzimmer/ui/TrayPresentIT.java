package dev.vorzimmer.ui;

import static dev.vorzimmer.ui.PhoneWindowFixture.ERIKA;
import static dev.vorzimmer.ui.PhoneWindowFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.store.DoNotDisturb;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.ui.common.DndChoice;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real window and phone with a stand-in tray (Xvfb has none): the tray shows the line, closing
 * the window keeps the phone running and taking calls (the call view still shows), a missed call
 * pops up from the tray, Show window brings it back, do not disturb in the tray offers the window's
 * choices of how long and switches it, and Quit from the tray quits, unregisters and removes the
 * icon.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrayPresentIT {
  private final RecordingTray tray = new RecordingTray();
  private PhoneWindowFixture f;

  @BeforeAll
  void start() throws Exception {
    f = new PhoneWindowFixture("vz-tray-present-it", tray);
  }

  @AfterAll
  void stop() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  @Order(1)
  void theTrayShowsThatTheLineIsRegistered() throws Exception {
    assertThat(f.ui.desktop().hasTray()).isTrue();
    assertThat(tray.await(tray.tooltips, "Vorzimmer — Registered as sip:alice@vorzimmer.test"))
        .as("tooltips seen: %s", tray.seen)
        .isTrue();
  }

  @Test
  @Order(2)
  void closingHidesTheWindowAndThePhoneKeepsTakingCalls() throws Exception {
    JCheckBoxMenuItem keep = SwingRobot.onEdt(() -> f.viewItem("menu.closeToTray"));
    assertThat(SwingRobot.onEdt(() -> keep.isEnabled() && keep.isSelected()))
        .as("close-to-tray on by default")
        .isTrue();
    SwingRobot.runOnEdt(
        () -> f.frame.dispatchEvent(new WindowEvent(f.frame, WindowEvent.WINDOW_CLOSING)));
    assertThat(SwingRobot.onEdt(() -> !f.frame.isVisible() && f.frame.isDisplayable()))
        .as("hidden, not closed")
        .isTrue();
    assertThat(f.quit.getCount()).as("not quit").isEqualTo(1);
    try (SippRun run =
        f.caller()
            .from(ERIKA, "Erika")
            .expectRingThenCancelAfter(3000)
            .start("127.0.0.1", f.kamailio.trunkPort())) {
      f.robot.await(
          "incoming call view while the window is hidden",
          WAIT,
          () -> f.ui.window().incoming().dialog().map(JDialog::isShowing).orElse(false),
          () -> "not showing");
      f.assertCall(run.await());
    }
    assertThat(tray.await(tray.notifications, "Missed call: Erika Mustermann · 030 1234567"))
        .as("notifications seen: %s", tray.seen)
        .isTrue();
    assertThat(f.phone.agent().registration().state()).isEqualTo(RegistrationState.REGISTERED);
    SwingRobot.runOnEdt(tray.showWindow);
    assertThat(SwingRobot.onEdt(f.frame::isVisible)).as("Show window brings it back").isTrue();
    f.robot.await(
        "missed-call notice in the window too",
        WAIT,
        () -> f.text("status.notice").startsWith("Missed call: Erika"),
        () -> f.text("status.notice"));
    SwingRobot.screenshot(f.frame, "tray-04-shown-again");
  }

  @Test
  @Order(3)
  void theTraysDoNotDisturbOffersTheWindowsChoicesAndSwitchesIt() throws Exception {
    List<String> windowChoices =
        SwingRobot.onEdt(
            () ->
                Arrays.stream(f.ui.window().dnd().choices().getComponents())
                    .filter(JMenuItem.class::isInstance)
                    .map(c -> ((JMenuItem) c).getText())
                    .toList());
    assertThat(tray.await(tray.dndLabels, "Do not disturb")).as("%s", tray.seen).isTrue();
    assertThat(tray.dndChoices)
        .extracting(DndChoice::label)
        .containsExactlyElementsOf(windowChoices)
        .containsExactly(
            "Off", "Until I switch it off", "For 1 hour", "Until…", "Until tomorrow 07:00");

    SwingRobot.runOnEdt(choice("hour").choose());
    assertThat(tray.awaitMatching(tray.dndLabels, s -> s.startsWith("Do not disturb until ")))
        .as("tray menu labels seen: %s", tray.seen)
        .isTrue();
    DoNotDisturb.State state = f.phone.screening().store().doNotDisturb().read();
    assertThat(state).isInstanceOf(DoNotDisturb.On.class);
    Instant until = ((DoNotDisturb.On) state).until().orElseThrow();
    assertThat(Duration.between(Instant.now(), until))
        .isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
    assertThat(SwingRobot.onEdt(() -> f.ui.window().dnd().button().isSelected()))
        .as("the window's switch agrees")
        .isTrue();

    SwingRobot.runOnEdt(choice("off").choose());
    assertThat(tray.await(tray.dndLabels, "Do not disturb")).as("%s", tray.seen).isTrue();
    assertThat(f.phone.screening().store().doNotDisturb().read())
        .isInstanceOf(DoNotDisturb.Off.class);
  }

  private DndChoice choice(String name) {
    return tray.dndChoices.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  @Order(4)
  void quitFromTheTrayUnregistersAndRemovesTheIcon() throws Exception {
    f.registrations.clear();
    SwingRobot.runOnEdt(tray.quit);
    assertThat(f.quit.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("quit").isTrue();
    assertThat(SwingRobot.onEdt(f.frame::isDisplayable)).as("window disposed").isFalse();
    assertThat(tray.closed).as("icon removed").isTrue();
    f.shutDownAndAssertUnregistered();
  }
}
