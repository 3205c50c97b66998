package dev.vorzimmer.ui;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.testsupport.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;

/**
 * A phone on a local line (no provider) with its window under Xvfb, in English, for the UI tests
 * that need no Kamailio: assemble it (and store test data), then {@link #open()} the window.
 */
final class LocalPhoneWindow implements AutoCloseable {
  final Path work;
  final AppHome home;
  final Phone phone;
  final CountDownLatch quit = new CountDownLatch(1);
  private final ForwardingMessageListener messages;
  DesktopUi ui;
  SwingRobot robot;
  JFrame frame;

  private LocalPhoneWindow(
      Path work, AppHome home, Phone phone, ForwardingMessageListener messages) {
    this.work = work;
    this.home = home;
    this.phone = phone;
    this.messages = messages;
  }

  /**
   * A fresh home whose config listens on a free loopback port, plus {@code extraToml} (e.g. a
   * {@code [screening]} section), and the phone assembled on it; no window yet.
   */
  static LocalPhoneWindow assemble(String name, String extraToml) throws Exception {
    SwingRobot.requireDisplay();
    Path work = Files.createTempDirectory(name);
    AppHome home = AppHome.at(Files.createDirectories(work.resolve("home")));
    Files.writeString(
        home.configFile(),
        "[sip]\nlisten = \"127.0.0.1:%d\"\n".formatted(FreePorts.udpAndTcp()) + extraToml);
    ForwardingMessageListener messages = new ForwardingMessageListener();
    Phone phone =
        Phone.assemble(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages);
    return new LocalPhoneWindow(work, home, phone, messages);
  }

  /** Opens the window (English) and returns this. */
  LocalPhoneWindow open() {
    return open(Locale.ENGLISH);
  }

  /** Opens the window in {@code language} and returns this. */
  LocalPhoneWindow open(Locale language) {
    ui = DesktopUi.open(phone, home, messages, quit::countDown, language);
    robot = new SwingRobot(ui.probe());
    frame = ui.window().frame();
    return this;
  }

  void showTab(int index) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "tabs", JTabbedPane.class)
                .orElseThrow()
                .setSelectedIndex(index));
  }

  @Override
  public void close() {
    try {
      if (ui != null) {
        ui.close();
      }
    } finally {
      phone.shutdown(Duration.ofSeconds(3));
    }
  }
}
