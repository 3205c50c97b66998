package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.ui.desktop.DesktopTray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first-run assistant of a phone without an account, against a real Kamailio: a preset fills in
 * only what the provider documents, the test registers for real, Save switches the line, and once
 * finished or skipped it never comes back.
 */
class SetupAssistantIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final List<AutoCloseable> open = new ArrayList<>();
  private SwingRobot robot;
  private JFrame frame;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    open.clear();
  }

  private Phone start(AppHome home) throws Exception {
    ForwardingMessageListener messages = new ForwardingMessageListener();
    Phone phone =
        Phone.assemble(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages);
    open.add(0, () -> phone.shutdown(Duration.ofSeconds(3)));
    DesktopTray.Factory noTray = (t, show, quit) -> java.util.Optional.empty();
    DesktopUi ui = DesktopUi.open(phone, home, messages, () -> {}, Locale.ENGLISH, noTray, true);
    open.add(0, ui);
    robot = new SwingRobot(ui.probe());
    frame = ui.window().frame();
    phone.agent().start();
    return phone;
  }

  private static AppHome freshHome(Path work) throws Exception {
    AppHome home = AppHome.at(Files.createDirectories(work.resolve("home")));
    Files.writeString(
        home.configFile(), "[sip]\nlisten = \"127.0.0.1:%d\"\n".formatted(FreePorts.udpAndTcp()));
    return home;
  }

  private boolean assistantShown() throws Exception {
    return SwingRobot.onEdt(() -> SwingRobot.find(frame, "setup", JDialog.class).isPresent());
  }

  private void awaitAssistant() throws Exception {
    robot.await("assistant", WAIT, this::assistantShown, () -> "not shown");
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () ->
            SwingRobot.find(frame, name, JTextField.class)
                .map(JTextField::getText)
                .or(() -> SwingRobot.find(frame, name, JTextArea.class).map(JTextArea::getText))
                .or(() -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText))
                .orElse("<none>"));
  }

  private void type(String name, String value) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, name, javax.swing.text.JTextComponent.class)
                .orElseThrow()
                .setText(value));
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

  @Test
  void anAccountIsSetUpTestedAndSavedAndTheAssistantDoesNotComeBack() throws Exception {
    Path work = Files.createTempDirectory("vz-setup-it");
    KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"));
    open.add(kamailio);
    AppHome home = freshHome(work);
    start(home);
    awaitAssistant();
    assertThat(text("setup.domain")).as("FRITZ!Box preset").isEqualTo("fritz.box");
    assertThat(text("setup.registrar")).isEqualTo("fritz.box");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "setup.provider", JComboBox.class)
                .orElseThrow()
                .setSelectedIndex(2)); // sipgate: nothing guessed
    assertThat(text("setup.domain")).isEmpty();
    assertThat(text("setup.hint")).contains("SIP ID");
    click("setup.next");
    assertThat(text("setup.problems")).contains("Enter the user name");
    type("setup.user", "alice");
    type("setup.domain", kamailio.domain());
    type("setup.registrar", "127.0.0.1:" + kamailio.sipPort());
    type("setup.password", "wonderland");
    SwingRobot.screenshot(
        SwingRobot.onEdt(() -> SwingRobot.find(frame, "setup", JDialog.class).orElseThrow()),
        "setup-account");
    click("setup.next");
    robot.await(
        "test registered",
        WAIT,
        () -> text("setup.testResult").startsWith("Registered as"),
        () -> text("setup.testResult"));
    click("setup.next"); // Save and continue
    robot.await(
        "line registered",
        WAIT,
        () -> text("status").startsWith("Registered as sip:alice@"),
        () -> text("status"));
    assertThat(new ConfigLoader().load(home.configFile()).account()).isPresent();
    click("setup.next"); // Finish
    robot.await("assistant closed", WAIT, () -> !assistantShown(), () -> "still open");
    robot.await(
        "done remembered",
        WAIT,
        () -> Files.readString(home.dataDir().resolve("window.properties")).contains("setup.done"),
        () -> "not stored");
  }

  @Test
  void skippingUsesALocalLineAndIsRemembered() throws Exception {
    Path work = Files.createTempDirectory("vz-setup-skip-it");
    AppHome home = freshHome(work);
    start(home);
    awaitAssistant();
    click("setup.skip");
    robot.await("assistant closed", WAIT, () -> !assistantShown(), () -> "still open");
    robot.await(
        "skip remembered",
        WAIT,
        () ->
            Files.isRegularFile(home.dataDir().resolve("window.properties"))
                && Files.readString(home.dataDir().resolve("window.properties"))
                    .contains("setup.done=true"),
        () -> "not stored");
    close();
    start(home); // the next start: a local line again, no assistant
    robot.await(
        "local line", WAIT, () -> text("status").startsWith("Local line"), () -> text("status"));
    SwingRobot.runOnEdt(() -> {}); // the assistant would be queued right after the status
    assertThat(assistantShown()).as("not offered again").isFalse();
    assertThat(new ConfigLoader().load(home.configFile()).account()).isEmpty();
  }
}
