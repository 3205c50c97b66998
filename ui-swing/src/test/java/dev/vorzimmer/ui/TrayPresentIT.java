package dev.vorzimmer.ui;

import static dev.vorzimmer.ui.PhoneWindowFixture.ERIKA;
import static dev.vorzimmer.ui.PhoneWindowFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.desktop.DesktopTray;
import dev.vorzimmer.ui.desktop.Notification;
import dev.vorzimmer.ui.desktop.TrayState;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JDialog;
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
 * pops up from the tray, Show window brings it back, and Quit from the tray quits, unregisters and
 * removes the icon.
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
  void quitFromTheTrayUnregistersAndRemovesTheIcon() throws Exception {
    f.registrations.clear();
    SwingRobot.runOnEdt(tray.quit);
    assertThat(f.quit.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("quit").isTrue();
    assertThat(SwingRobot.onEdt(f.frame::isDisplayable)).as("window disposed").isFalse();
    assertThat(tray.closed).as("icon removed").isTrue();
    f.shutDownAndAssertUnregistered();
  }

  /**
   * A tray that records what it is asked to show; its Show window and Quit actions are the
   * window's.
   */
  private static final class RecordingTray implements DesktopTray, DesktopTray.Factory {
    final BlockingQueue<String> tooltips = new LinkedBlockingQueue<>();
    final BlockingQueue<String> notifications = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();
    volatile Texts texts;
    volatile Runnable showWindow;
    volatile Runnable quit;
    volatile boolean closed;

    @Override
    public Optional<DesktopTray> install(Texts t, Runnable show, Runnable exit) {
      texts = t;
      showWindow = show;
      quit = exit;
      return Optional.of(this);
    }

    @Override
    public void show(RegistrationEvent line, long unheard) {
      tooltips.add(TrayState.tooltip(line, unheard, texts));
    }

    @Override
    public void notify(Notification n) {
      notifications.add(n.oneLine());
    }

    @Override
    public void close() {
      closed = true;
    }

    /** Waits for {@code wanted} to arrive on {@code queue}. */
    boolean await(BlockingQueue<String> queue, String wanted) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      String s;
      while ((s = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
        synchronized (seen) {
          seen.add(s);
        }
        if (s.equals(wanted)) {
          return true;
        }
      }
      return false;
    }
  }
}
