package dev.vorzimmer.ui;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import dev.vorzimmer.ui.desktop.DesktopTray;
import dev.vorzimmer.ui.desktop.TrayPresence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;

/**
 * A real Kamailio and the phones a window IT registers at it, under one temporary folder: each
 * phone has its own home ({@code config.toml}, {@code 0600}); one of them may open its window
 * (English) under Xvfb. {@link #close} closes the window, shuts every phone down and stops
 * Kamailio.
 */
final class KamailioPhones implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);
  final Path work;
  final KamailioProcess kamailio;
  private final List<Phone> phones = new ArrayList<>();
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;

  private KamailioPhones(Path work, KamailioProcess kamailio) {
    this.work = work;
    this.kamailio = kamailio;
  }

  /**
   * Starts Kamailio with {@code users} (name → password) in a new temporary folder named after
   * {@code name}; needs a display.
   */
  static KamailioPhones start(String name, Map<String, String> users) throws Exception {
    SwingRobot.requireDisplay();
    Path work = Files.createTempDirectory(name);
    return new KamailioPhones(
        work, KamailioProcess.start(Files.createDirectories(work.resolve("kamailio")), users));
  }

  /**
   * The keys of an account of {@code user} at this Kamailio (user, domain, registrar, password),
   * one a line, for an {@code [account]} or {@code [[account]]} section.
   */
  String account(String user, String password) {
    return """
        user = "%s"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "%s"
        """
        .formatted(user, kamailio.domain(), kamailio.sipPort(), password);
  }

  /** A phone's home in the folder {@code name}, with {@code configToml} as its config file. */
  AppHome home(String name, String configToml) throws Exception {
    AppHome home = AppHome.at(Files.createDirectories(work.resolve(name)));
    Files.writeString(home.configFile(), configToml);
    Files.setPosixFilePermissions(home.configFile(), PosixFilePermissions.fromString("rw-------"));
    return home;
  }

  /** The phone of {@code home}, telling {@code messages} of recorded messages; not started. */
  Phone phone(AppHome home, MessageListener messages) throws Exception {
    return kept(
        Phone.assemble(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages));
  }

  /** The phone of {@code home} on the sound devices {@code sound}, with a silent greeting. */
  Phone phone(AppHome home, ToneDevices sound) throws Exception {
    return kept(
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            MessageListener.NONE,
            Greeting.of(new short[0]),
            SoundDevices.of(sound)));
  }

  private Phone kept(Phone phone) {
    phones.add(phone);
    return phone;
  }

  /** Opens the window of {@code phone} (English); {@link #ui}, {@link #robot}, {@link #frame}. */
  DesktopUi openWindow(Phone phone, AppHome home, ForwardingMessageListener messages) {
    return openWindow(phone, home, messages, TrayPresence::install);
  }

  /** As {@link #openWindow(Phone, AppHome, ForwardingMessageListener)}, with the given tray. */
  DesktopUi openWindow(
      Phone phone, AppHome home, ForwardingMessageListener messages, DesktopTray.Factory trays) {
    ui = DesktopUi.open(phone, home, messages, () -> {}, Locale.ENGLISH, trays);
    robot = new SwingRobot(ui.probe());
    frame = ui.window().frame();
    return ui;
  }

  DesktopUi ui() {
    return ui;
  }

  SwingRobot robot() {
    return robot;
  }

  JFrame frame() {
    return frame;
  }

  /** The text of the window's label {@code name}, or {@code "<none>"}. */
  String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  /** Clicks the window's button {@code name}. */
  void click(String name) throws Exception {
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, name, AbstractButton.class).orElseThrow().doClick());
  }

  @Override
  public void close() {
    try {
      if (ui != null) {
        ui.close();
      }
    } finally {
      try {
        for (Phone p : phones) {
          p.shutdown(Duration.ofSeconds(3));
        }
      } finally {
        kamailio.close();
      }
    }
  }
}
