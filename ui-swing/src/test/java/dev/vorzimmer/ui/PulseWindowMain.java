package dev.vorzimmer.ui;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.screening.Contact;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * The window side of {@link PulseWindowIT}, in a JVM of its own whose environment points libpulse
 * at the test's private PulseAudio (libjitsi is JVM-wide and reads {@code PULSE_SERVER} from the
 * environment): the phone of {@code HOME} with its window open under Xvfb, in English, on the sound
 * devices libjitsi finds (the microphone and speaker chosen in {@code HOME}'s {@code
 * window.properties}), and {@code CONTACT} in its contacts, so a call from it rings. It does what
 * the test asks on stdin, one step per line, and answers with a line starting {@code VZ-WINDOW}
 * ({@code ok …} or {@code failed …}):
 *
 * <ul>
 *   <li>{@code play-message}: plays the newest message in the Messages tab;
 *   <li>{@code record-greeting}: records the default greeting for about two seconds in Settings;
 *   <li>{@code answer}: answers the ringing call in the incoming-call panel;
 *   <li>{@code devices TEXT}: waits until the in-call view's device line contains {@code TEXT};
 *   <li>{@code quit}: closes the window and exits 0.
 * </ul>
 *
 * The JVM halts with 3 when {@code LIMIT_SECONDS} passed. Arguments: {@code HOME CONTACT
 * LIMIT_SECONDS}.
 */
final class PulseWindowMain {
  static final String PREFIX = "VZ-WINDOW ";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final AppHome home;
  private DesktopUi ui;
  private JFrame frame;
  private SwingRobot robot;

  private PulseWindowMain(AppHome home) {
    this.home = home;
  }

  public static void main(String[] args) throws Exception {
    Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pulse-window-watchdog");
              t.setDaemon(true);
              return t;
            })
        .schedule(
            () -> {
              System.out.println(PREFIX + "failed: timeout");
              Runtime.getRuntime().halt(3);
            },
            Long.parseLong(args[2]),
            TimeUnit.SECONDS);
    new PulseWindowMain(AppHome.at(Path.of(args[0]))).run(args[1]);
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }

  private void run(String contact) throws Exception {
    AudioDevices devices = AudioDevices.open(home.dataDir());
    System.out.println("pulse-window outputs " + devices.outputs());
    ForwardingMessageListener messages = new ForwardingMessageListener();
    Phone phone =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            messages,
            Greeting.of(new short[0]),
            SoundDevices.of(devices));
    phone
        .screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Anna", List.of(contact), Optional.empty(), false));
    ui = DesktopUi.open(phone, home, messages, () -> {}, Locale.ENGLISH);
    try {
      robot = new SwingRobot(ui.probe());
      frame = ui.window().frame();
      phone.agent().start();
      robot.await(
          "registered",
          WAIT,
          () -> text("status").startsWith("Registered as"),
          () -> text("status"));
      System.out.println(PREFIX + "ok ready, chose " + phone.sound().chosenOutput());
      BufferedReader stdin =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = stdin.readLine(); line != null && !line.equals("quit"); ) {
        try {
          System.out.println(PREFIX + "ok " + step(line));
        } catch (Exception | AssertionError e) {
          System.out.println(PREFIX + "failed " + line + ": " + e);
        }
        line = stdin.readLine();
      }
    } finally {
      ui.close();
      phone.shutdown(Duration.ofSeconds(3));
      devices.close();
    }
  }

  private String step(String line) throws Exception {
    if (line.equals("play-message")) {
      return playMessage();
    } else if (line.equals("record-greeting")) {
      return recordGreeting();
    } else if (line.equals("answer")) {
      click("incoming.answer");
      robot.await(
          "connected",
          WAIT,
          () -> text("incall.state").equals("Connected"),
          () -> text("incall.state"));
      return "connected";
    } else if (line.startsWith("devices ")) {
      String want = line.substring("devices ".length());
      robot.await(
          "device line: " + want,
          WAIT,
          () -> text("incall.devices").contains(want),
          () -> text("incall.devices"));
      SwingRobot.screenshot(
          SwingRobot.onEdt(() -> SwingUtilities.getWindowAncestor(label("incall.devices"))),
          "45-in-call-device-moved");
      return "devices " + text("incall.devices");
    }
    throw new IllegalArgumentException("unknown step");
  }

  private String playMessage() throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "tabs", JTabbedPane.class)
                .orElseThrow()
                .setSelectedIndex(MainWindow.MESSAGES_TAB));
    robot.await(
        "a message listed",
        WAIT,
        () ->
            SwingRobot.find(frame, "messages.table", JTable.class).orElseThrow().getRowCount() > 0,
        () -> "no message");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "messages.table", JTable.class)
                .orElseThrow()
                .setRowSelectionInterval(0, 0));
    click("messages.play");
    robot.await(
        "playing",
        WAIT,
        () -> text("status.notice").startsWith("Playing the message"),
        () -> text("status.notice"));
    return "playing";
  }

  private String recordGreeting() throws Exception {
    SwingRobot.runOnEdt(ui.window()::openSettings);
    SwingRobot.runOnEdt(
        () -> {
          JTabbedPane pages =
              SwingRobot.find(frame, "settings.pages", JTabbedPane.class).orElseThrow();
          for (int i = 0;
              i < pages.getTabCount()
                  && SwingRobot.find(frame, "greetings.default.record", JComponent.class).isEmpty();
              i++) {
            pages.setSelectedIndex(i);
          }
        });
    robot.await(
        "record enabled (a microphone is there)",
        WAIT,
        () -> button("greetings.default.record").isEnabled(),
        () -> "disabled: " + button("greetings.default.record").getToolTipText());
    SwingUtilities.invokeLater(() -> button("greetings.default.record").doClick()); // modal
    click("record.start");
    robot.await(
        "2 s recorded",
        WAIT,
        () -> text("record.elapsed").startsWith("0:02"),
        () -> text("record.elapsed"));
    click("record.stop");
    click("record.save");
    Path wav = home.dataDir().resolve("greetings").resolve("default.wav");
    robot.await(
        "greeting saved",
        WAIT,
        () -> text("greetings.default.state").startsWith("Your recording"),
        () -> text("greetings.default.state"));
    return "recorded " + wav;
  }

  private void click(String name) throws Exception {
    robot.await(
        name + " enabled",
        WAIT,
        () ->
            SwingRobot.find(frame, name, AbstractButton.class)
                .map(b -> b.isEnabled())
                .orElse(false),
        () -> name + " missing or disabled");
    SwingRobot.runOnEdt(() -> button(name).doClick());
  }

  private AbstractButton button(String name) {
    return SwingRobot.find(frame, name, AbstractButton.class).orElseThrow();
  }

  private JLabel label(String name) {
    return SwingRobot.find(frame, name, JLabel.class).orElseThrow();
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }
}
