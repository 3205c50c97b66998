package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import dev.vorzimmer.ui.settings.WatchedSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings → Audio devices and greeting recording, driven in the window under Xvfb with a tone
 * "microphone" (440 Hz) and a collecting "speaker"; and the same section without any device.
 */
class AudioSettingsIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  @TempDir Path work;
  private final List<AutoCloseable> open = new ArrayList<>();
  private AppHome home;
  private Phone phone;
  private SwingRobot robot;
  private JFrame frame;

  /** The tone devices, telling when a microphone is closed. */
  private static final class WatchedTone implements AudioDevices {
    final ToneDevices tone = new ToneDevices(440);
    final BlockingQueue<String> closedInputs = new LinkedBlockingQueue<>();
    final BlockingQueue<String> openedInputs = new LinkedBlockingQueue<>();

    @Override
    public List<AudioDevice> inputs() {
      return tone.inputs();
    }

    @Override
    public List<AudioDevice> outputs() {
      return tone.outputs();
    }

    @Override
    public Optional<DeviceProblem> problem() {
      return Optional.empty();
    }

    @Override
    public AudioSource openInput(Optional<AudioDevice> device) {
      AudioSource in = tone.openInput(device);
      openedInputs.add(in.name());
      return new WatchedSource(in, () -> closedInputs.add(in.name()));
    }

    @Override
    public AudioSink openOutput(Optional<AudioDevice> device) {
      return tone.openOutput(device);
    }

    @Override
    public void close() {
      tone.close();
    }
  }

  private void openWindow(SoundDevices sound) throws Exception {
    SwingRobot.requireDisplay();
    home = AppHome.at(Files.createDirectories(work.resolve("home")));
    Files.writeString(
        home.configFile(), "[sip]\nlisten = \"127.0.0.1:%d\"\n".formatted(FreePorts.udpAndTcp()));
    ForwardingMessageListener messages = new ForwardingMessageListener();
    phone =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            messages,
            Greeting.of(new short[0]),
            sound);
    open.add(() -> phone.shutdown(Duration.ofSeconds(3)));
    DesktopUi ui = DesktopUi.open(phone, home, messages, () -> {}, Locale.ENGLISH);
    open.add(0, ui);
    robot = new SwingRobot(ui.probe());
    frame = ui.window().frame();
    SwingRobot.runOnEdt(ui.window()::openSettings);
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private <T> T onEdt(java.util.concurrent.Callable<T> read) throws Exception {
    return SwingRobot.onEdt(read);
  }

  private String note(String name) throws Exception {
    return onEdt(
        () ->
            SwingRobot.find(frame, name, JTextArea.class).map(JTextArea::getText).orElse("<none>"));
  }

  private String label(String name) throws Exception {
    return onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  private int level(String name) throws Exception {
    return onEdt(
        () ->
            SwingRobot.find(frame, name, JProgressBar.class)
                .map(JProgressBar::getValue)
                .orElse(-1));
  }

  private boolean enabled(String name) throws Exception {
    return onEdt(
        () -> SwingRobot.find(frame, name, java.awt.Component.class).orElseThrow().isEnabled());
  }

  private void click(String name) throws Exception {
    robot.await(
        name + " enabled",
        WAIT,
        () ->
            SwingRobot.find(frame, name, AbstractButton.class)
                .map(AbstractButton::isEnabled)
                .orElse(false),
        () -> name + " not enabled");
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, name, AbstractButton.class).orElseThrow().doClick());
  }

  /**
   * Shows the Settings page holding the component {@code name} and scrolls it into view (the page's
   * content is built before it is loaded, so the name is found on a hidden page too).
   */
  private void reveal(String name) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JTabbedPane pages =
              SwingRobot.find(frame, "settings.pages", JTabbedPane.class).orElseThrow();
          for (int i = 0;
              i < pages.getTabCount()
                  && SwingRobot.find(frame, name, javax.swing.JComponent.class).isEmpty();
              i++) {
            pages.setSelectedIndex(i);
          }
          javax.swing.JComponent c =
              SwingRobot.find(frame, name, javax.swing.JComponent.class).orElseThrow();
          c.scrollRectToVisible(new java.awt.Rectangle(0, 0, c.getWidth(), c.getHeight()));
        });
  }

  private List<String> items(String combo) throws Exception {
    return onEdt(
        () -> {
          JComboBox<?> box = SwingRobot.find(frame, combo, JComboBox.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < box.getItemCount(); i++) {
            out.add(box.getItemAt(i).toString());
          }
          return out;
        });
  }

  @Test
  void theToneMicrophoneIsListedMeteredPlayedToAndRecordedAsAGreeting() throws Exception {
    WatchedTone devices = new WatchedTone();
    openWindow(SoundDevices.of(devices));
    reveal("audio.input");
    robot.await(
        "devices listed",
        WAIT,
        () ->
            SwingRobot.find(frame, "audio.input", JComboBox.class)
                .map(b -> b.getItemCount() == 2 && b.isEnabled())
                .orElse(false),
        () -> "no devices listed");
    assertThat(items("audio.input")).containsExactly("System default", "440 Hz tone");
    assertThat(items("audio.output")).containsExactly("System default", "collecting sink");
    robot.await(
        "level meter up",
        WAIT,
        () -> level("audio.level") > 60,
        () -> "level " + level("audio.level"));
    assertThat(onEdt(() -> SwingRobot.find(frame, "audio.state", JTextArea.class).isPresent()))
        .as("no problem shown")
        .isFalse();

    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "audio.input", JComboBox.class)
                .orElseThrow()
                .setSelectedIndex(1));
    assertThat(devices.closedInputs.poll(5, TimeUnit.SECONDS))
        .as("reopened for the new choice")
        .isNotNull();
    Path stored = home.dataDir().resolve("window.properties");
    robot.await(
        "choice stored",
        WAIT,
        () ->
            phone.sound().chosenInput().isPresent() // the file follows the choice
                && Files.isRegularFile(stored)
                && Files.readString(stored).contains("audio.input=tone"),
        () -> "chosen: " + phone.sound().chosenInput());

    click("audio.testTone");
    short[] played = devices.tone.speaker().await(8000, WAIT);
    assertThat(ToneDevices.crossingsPerSecond(played)).as("a 440 Hz tone").isBetween(860, 900);
    robot.await(
        "tone done",
        WAIT,
        () -> note("audio.result").startsWith("Played a 1 s test tone"),
        () -> note("audio.result"));
    assertThat(devices.tone.speaker().size()).as("1 s of samples").isEqualTo(8000);
    reveal("audio.result");
    SwingRobot.screenshot(frame, "settings-audio");

    reveal("greetings.result");
    recordOneSecondFor("default");
    Path wav = home.dataDir().resolve("greetings").resolve("default.wav");
    // Stop is clicked once the dialog shows 0:01; on a busy machine a little more may come in
    robot.await(
        "own greeting",
        WAIT,
        () -> label("greetings.default.state").matches("Your recording \\([12] s\\)"),
        () -> label("greetings.default.state"));
    assertThat(note("greetings.result"))
        .matches("Recorded the greeting for Unknown callers \\(default\\) \\([12] s\\)\\..*");
    short[] greeting = Greeting.fromWav(wav).samples();
    assertThat(greeting.length).as("about 1 s").isBetween(8000, 16_000);
    assertThat(ToneDevices.crossingsPerSecond(greeting))
        .as("the microphone's 440 Hz tone")
        .isBetween(860, 900);
    assertThat(ToneDevices.peak(greeting)).isBetween(7000, 8001);
    click("greetings.default.play"); // the chosen speaker plays it (this machine's own sound card
    // would not)
    robot.await(
        "greeting preview playing",
        WAIT,
        () -> note("greetings.result").startsWith("Playing: "),
        () -> note("greetings.result"));

    devices.openedInputs.clear();
    reveal("audio.input");
    assertThat(devices.openedInputs.poll(5, TimeUnit.SECONDS))
        .as("the audio page listens again")
        .isNotNull();
    devices.closedInputs.clear();
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "tabs", JTabbedPane.class).orElseThrow().setSelectedIndex(0));
    assertThat(devices.closedInputs.poll(5, TimeUnit.SECONDS))
        .as("microphone closed when Settings is hidden")
        .isNotNull();
  }

  private void recordOneSecondFor(String slot) throws Exception {
    String button = "greetings." + slot + ".record";
    robot.await(
        button,
        WAIT,
        () -> SwingRobot.find(frame, button, JButton.class).map(JButton::isEnabled).orElse(false),
        () -> button + " missing or disabled");
    SwingUtilities.invokeLater(
        () -> SwingRobot.find(frame, button, JButton.class).orElseThrow().doClick()); // modal
    robot.await(
        "record dialog",
        WAIT,
        () -> SwingRobot.find(frame, "record.start", JButton.class).isPresent(),
        () -> "no record dialog");
    assertThat(enabled("record.save")).as("nothing to save yet").isFalse();
    click("record.start");
    robot.await(
        "1 s recorded",
        WAIT,
        () -> label("record.elapsed").startsWith("0:01 / 0:30"),
        () -> label("record.elapsed"));
    assertThat(level("record.level")).as("the dialog's level meter").isGreaterThan(60);
    java.awt.Window dialog =
        onEdt(
            () ->
                SwingUtilities.getWindowAncestor(
                    SwingRobot.find(frame, "record.start", JButton.class).orElseThrow()));
    click("record.stop");
    SwingRobot.screenshot(dialog, "settings-record-greeting");
    assertThat(enabled("record.play")).isTrue();
    click("record.play");
    click("record.save");
    robot.await("dialog closed", WAIT, () -> !dialog.isDisplayable(), () -> "dialog still open");
  }

  @Test
  void withoutDevicesTheSectionSaysSoAndNothingCanBeUsed() throws Exception {
    openWindow(SoundDevices.none("no sound card in this test"));
    reveal("audio.state");
    robot.await(
        "no devices said",
        WAIT,
        () -> note("audio.state").startsWith("No microphone or speaker found"),
        () -> note("audio.state"));
    assertThat(enabled("audio.input")).isFalse();
    assertThat(enabled("audio.output")).isFalse();
    assertThat(enabled("audio.testTone")).isFalse();
    reveal("greetings.result");
    robot.await(
        "greeting rows",
        WAIT,
        () -> SwingRobot.find(frame, "greetings.default.record", JButton.class).isPresent(),
        () -> "no greeting rows");
    JButton record = SwingRobot.get(frame, "greetings.default.record", JButton.class);
    assertThat(onEdt(() -> record.isEnabled())).isFalse();
    assertThat(onEdt(() -> record.getToolTipText()))
        .isEqualTo("No microphone found: greetings can only be imported from files.");
    reveal("audio.testTone");
    assertThat(level("audio.level")).isZero();
    SwingRobot.screenshot(frame, "settings-audio-none");
  }
}
