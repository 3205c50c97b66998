package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Phone;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.ui.messages.FakeSpeaker;
import dev.vorzimmer.ui.messages.TestWavs;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Messages tab's player in the real window under Xvfb, with three stored messages (6 s from +49
 * 69 123456, 2 s from +49 30 999999, a broken file from +49 40 111111) and a gated fake sound card:
 * sound gets through only as the test allows, 20 ms per write at normal speed, so every position is
 * exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagePlayerIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration QUIET = Duration.ofMillis(500);
  private static final String BROKEN = "+4940111111";
  private final FakeSpeaker speaker = FakeSpeaker.gated();
  private LocalPhoneWindow window;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;

  @BeforeAll
  void start() throws Exception {
    window = LocalPhoneWindow.assemble("vz-player-it", "");
    Path work = window.work;
    phone = window.phone;
    store(work, "+4969123456", 6, Instant.now().minusSeconds(600));
    store(work, "+4930999999", 2, Instant.now().minusSeconds(60));
    MessageIndex index = phone.screening().store().messages();
    Path broken =
        Files.writeString(work.resolve("broken.wav"), "RIFF but nothing a player could read");
    index.complete(
        index.create(
            Instant.now().minusSeconds(30), BROKEN, "", List.of(Reason.of("unknown")), broken),
        Duration.ofSeconds(4));
    window.open();
    ui = window.ui;
    robot = window.robot;
    frame = window.frame;
    SwingRobot.runOnEdt(
        () -> {
          ui.window().messages().outputs(speaker.factory());
          SwingRobot.find(frame, "tabs", JTabbedPane.class)
              .orElseThrow()
              .setSelectedIndex(MainWindow.MESSAGES_TAB);
        });
    robot.await(
        "two unheard messages",
        WAIT,
        () -> frame.getTitle().equals("Vorzimmer — 3 unheard"),
        frame::getTitle);
  }

  private void store(Path work, String caller, int seconds, Instant time) throws Exception {
    Path wav =
        TestWavs.write(work.resolve(caller + ".wav"), TestWavs.sine(300, seconds, 8000), 8000, 1);
    MessageIndex index = phone.screening().store().messages();
    index.complete(
        index.create(time, caller, "", List.of(Reason.of("unknown")), wav),
        Duration.ofSeconds(seconds));
  }

  @AfterAll
  void stop() {
    if (window != null) {
      window.close();
    }
  }

  @Test
  @Order(1)
  void playingMovesTheSliderAndMarksTheMessageHeard() throws Exception {
    select("+4969123456");
    awaitPosition("0:00 / 0:06");
    assertThat(bold("+4969123456")).as("unheard in bold").isTrue();
    click("messages.play");
    robot.await(
        "Pause offered",
        WAIT,
        () -> button("messages.play").getText().equals("Pause"),
        this::state);
    speaker.allow(50); // one second
    awaitPosition("0:01 / 0:06");
    robot.await("slider at 1 s", WAIT, () -> slider().getValue() == 1000, this::state);
    robot.await(
        "two unheard left",
        WAIT,
        () -> frame.getTitle().equals("Vorzimmer — 2 unheard"),
        frame::getTitle);
    robot.await("heard: not bold", WAIT, () -> !bold("+4969123456"), this::state);
    assertThat(bold("+4930999999")).isTrue();
    assertThat(text("status.notice")).isEqualTo("Playing the message from +4969123456");
    SwingRobot.screenshot(frame, "player-playing");
  }

  @Test
  @Order(2)
  void pauseFreezesThePosition() throws Exception {
    click("messages.play");
    robot.await(
        "Play offered", WAIT, () -> button("messages.play").getText().equals("Play"), this::state);
    speaker.allow(25); // kept for the 2× test: nothing may use them while paused
    assertThat(speaker.awaitWrites(51, QUIET)).as("sound written while paused").isFalse();
    assertThat(SwingRobot.onEdt(() -> slider().getValue())).isEqualTo(1000);
    assertThat(text("messages.position")).isEqualTo("0:01 / 0:06");
  }

  @Test
  @Order(3)
  void seekingToTheMiddleMovesThePosition() throws Exception {
    SwingRobot.runOnEdt(() -> slider().setValue(slider().getMaximum() / 2));
    awaitPosition("0:03 / 0:06");
    assertThat(SwingRobot.onEdt(() -> slider().getValue())).isEqualTo(3000);
  }

  @Test
  @Order(4)
  void twiceAsFastPlaysTheMessageInHalfTheSound() throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          @SuppressWarnings("unchecked")
          JComboBox<String> speed =
              SwingRobot.find(frame, "messages.speed", JComboBox.class).orElseThrow();
          speed.setSelectedItem("2×");
        });
    int before = speaker.written().length;
    pressSpaceInTable(); // plays; the 25 writes allowed while paused go through now
    assertThat(speaker.awaitWrites(75, WAIT)).isTrue();
    robot.await("slider at 3.8 s", WAIT, () -> slider().getValue() == 3800, this::state);
    int played = speaker.written().length - before;
    int advanced = SwingRobot.onEdt(() -> slider().getValue()) - 3000;
    assertThat(advanced / (played / 8.0)).as("message ms per played ms").isBetween(1.9, 2.1);
    SwingRobot.screenshot(frame, "player-2x");
  }

  @Test
  @Order(5)
  void selectingAnotherMessageStopsTheOnePlaying() throws Exception {
    select("+4930999999");
    awaitPosition("0:00 / 0:02");
    assertThat(button("messages.play").getText()).isEqualTo("Play");
    int writes = speaker.writes();
    speaker.allow(10);
    assertThat(speaker.awaitWrites(writes + 1, QUIET))
        .as("the first message still playing")
        .isFalse();
    speaker.allow(1000);
    pressSpaceInTable();
    awaitPosition("0:02 / 0:02");
    robot.await(
        "ended: Play again",
        WAIT,
        () -> button("messages.play").getText().equals("Play"),
        this::state);
    robot.await(
        "one unheard left",
        WAIT,
        () -> frame.getTitle().equals("Vorzimmer — 1 unheard"),
        frame::getTitle);
    SwingRobot.screenshot(frame, "player-ended");
  }

  @Test
  @Order(6)
  void aBrokenFileIsReportedPlainlyAndKept() throws Exception {
    select(BROKEN);
    robot.await(
        "unplayable notice",
        WAIT,
        () ->
            text("status.notice")
                .startsWith(
                    "The message from " + BROKEN + " cannot be played: not a playable WAV file:"),
        () -> text("status.notice"));
    assertThat(SwingRobot.onEdt(() -> button("messages.play").isEnabled()))
        .as("Play offered")
        .isFalse();
    assertThat(SwingRobot.onEdt(() -> button("messages.export").isEnabled()))
        .as("Export offered")
        .isTrue();
    assertThat(SwingRobot.onEdt(() -> bold(BROKEN))).as("still unheard").isTrue();
    SwingRobot.screenshot(frame, "player-broken");
  }

  private void pressSpaceInTable() throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JTable table = table();
          Object key =
              table
                  .getInputMap(JComponent.WHEN_FOCUSED)
                  .get(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0));
          table
              .getActionMap()
              .get(key)
              .actionPerformed(new ActionEvent(table, ActionEvent.ACTION_PERFORMED, " "));
        });
  }

  private void awaitPosition(String shown) throws Exception {
    robot.await(
        "position " + shown, WAIT, () -> text("messages.position").equals(shown), this::state);
  }

  private String state() throws Exception {
    return SwingRobot.onEdt(
        () ->
            "position "
                + text("messages.position")
                + ", slider "
                + slider().getValue()
                + ", button "
                + button("messages.play").getText()
                + ", writes "
                + speaker.writes()
                + ", title "
                + frame.getTitle());
  }

  private void select(String caller) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JTable table = table();
          for (int r = 0; r < table.getRowCount(); r++) {
            if (caller.equals(table.getValueAt(r, 2))) {
              table.setRowSelectionInterval(r, r);
            }
          }
        });
  }

  /** Whether {@code caller}'s row is drawn in bold; EDT only. */
  private boolean bold(String caller) {
    JTable table = table();
    for (int r = 0; r < table.getRowCount(); r++) {
      if (caller.equals(table.getValueAt(r, 2))) {
        Component c = table.prepareRenderer(table.getCellRenderer(r, 2), r, 2);
        return c.getFont().isBold();
      }
    }
    throw new AssertionError("no row for " + caller);
  }

  private void click(String name) throws Exception {
    SwingRobot.runOnEdt(() -> button(name).doClick());
  }

  private JTable table() {
    return SwingRobot.find(frame, "messages.table", JTable.class).orElseThrow();
  }

  private JButton button(String name) {
    return SwingRobot.find(frame, name, JButton.class).orElseThrow();
  }

  private JSlider slider() {
    return SwingRobot.find(frame, "messages.seek", JSlider.class).orElseThrow();
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }
}
