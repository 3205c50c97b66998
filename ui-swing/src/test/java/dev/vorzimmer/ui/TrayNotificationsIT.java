package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.SourceDataLine;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.MenuSelectionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The window's life outside itself, under Xvfb (which has no system tray): a ringing call plays
 * the ringtone (or reports that there is no sound device), a call the caller gives up while it
 * rings is announced as missed, a new message is announced, and without a tray closing the
 * window quits and the phone unregisters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrayNotificationsIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ERIKA = "+49301234567";
  private static final String STRANGER = "+491701234567";
  private Path work;
  private AppHome home;
  private KamailioProcess kamailio;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;
  private final CountDownLatch quit = new CountDownLatch(1);
  private final BlockingQueue<RegistrationState> registrations = new LinkedBlockingQueue<>();

  @BeforeAll
  void start() throws Exception {
    SwingRobot.requireDisplay();
    work = Files.createTempDirectory("vz-tray-it");
    kamailio = KamailioProcess.start(Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"));
    home = AppHome.at(Files.createDirectories(work.resolve("home")));
    Files.writeString(home.configFile(), """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "wonderland"
        [sip]
        listen = "127.0.0.1:%d"
        [calls]
        ring_seconds = 20
        """.formatted(kamailio.domain(), kamailio.sipPort(), FreePorts.udpAndTcp()));
    Files.setPosixFilePermissions(home.configFile(), PosixFilePermissions.fromString("rw-------"));
    ForwardingMessageListener messages = new ForwardingMessageListener();
    phone = Phone.assemble(home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages);
    phone.screening().store().contactBook().add(new Contact(0, "Erika Mustermann", List.of(ERIKA), Optional.empty(), false));
    phone.agent().addListener(new SipAgentListener() {
      @Override
      public void onRegistration(RegistrationEvent event) {
        registrations.add(event.state());
      }
    });
    ui = DesktopUi.open(phone, home, messages, quit::countDown, Locale.ENGLISH);
    robot = new SwingRobot(ui.probe());
    frame = ui.window().frame();
    phone.agent().start();
    robot.await("registered", WAIT, () -> text("status").startsWith("Registered as sip:alice@"), () -> text("status"));
  }

  @AfterAll
  void stop() {
    try {
      if (ui != null) {
        ui.close();
      }
    } finally {
      if (phone != null) {
        phone.shutdown(Duration.ofSeconds(3));
      }
      if (kamailio != null) {
        kamailio.close();
      }
    }
  }

  private SippCaller caller() {
    return new SippCaller(work.resolve("sipp")).calling("alice").timeoutSeconds(40);
  }

  private void assertCall(SippResult r) {
    assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(() -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  private static boolean machineHasSoundOutput() {
    return AudioSystem.getSourceLineInfo(new Line.Info(SourceDataLine.class)).length > 0;
  }

  @Test
  @Order(1)
  void aCallGivenUpWhileRingingRingsThenIsAnnouncedAsMissed() throws Exception {
    Ringtone ringtone = ui.desktop().ringtone();
    Ringtone.Status expected = machineHasSoundOutput() ? Ringtone.Status.RINGING : Ringtone.Status.NO_DEVICE;
    try (SippRun run = caller().from(ERIKA, "Erika").expectRingThenCancelAfter(4000)
        .start("127.0.0.1", kamailio.trunkPort())) {
      robot.await("incoming call view", WAIT, () -> ui.window().incoming().dialog().isPresent(), () -> "no incoming view");
      robot.await("ringtone " + expected, WAIT, () -> ringtone.status() == expected, () -> "" + ringtone.status());
      assertThat(SwingRobot.onEdt(TrayNotificationsIT::visibleWindows)).as("no error dialog, only window and call view")
          .hasSize(2);
      assertCall(run.await());
    }
    robot.await("missed-call notice", WAIT,
        () -> text("status.notice").equals("Missed call: Erika Mustermann · 030 1234567"), () -> text("status.notice"));
    assertThat(ui.window().incoming().dialog()).as("call view closed").isEmpty();
    assertThat(ringtone.isRinging()).as("ringtone stopped").isFalse();
    assertThat(ringtone.status()).isNotEqualTo(Ringtone.Status.RINGING);
    SwingRobot.screenshot(frame, "tray-01-missed-call");
  }

  private static List<Window> visibleWindows() {
    return Arrays.stream(Window.getWindows()).filter(Window::isShowing).toList();
  }

  @Test
  @Order(2)
  void aNewMessageIsAnnounced() throws Exception {
    assertCall(caller().from(STRANGER, "").expectAnswerThenHangUpAfter(9000).callTo("127.0.0.1", kamailio.trunkPort()));
    robot.await("new-message notice", WAIT, () -> text("status.notice").matches("New message: 0170 1234567 \\(0:0\\d\\)"),
        () -> text("status.notice"));
    SwingRobot.screenshot(frame, "tray-02-new-message");
  }

  @Test
  @Order(3)
  void withoutATrayClosingTheWindowQuitsAndThePhoneUnregisters() throws Exception {
    assertThat(ui.desktop().hasTray()).as("Xvfb has no system tray").isFalse();
    JCheckBoxMenuItem keep = SwingRobot.onEdt(() -> viewItem("menu.closeToTray"));
    assertThat(SwingRobot.onEdt(keep::isEnabled)).as("switch greyed out without a tray").isFalse();
    JCheckBoxMenuItem ring = SwingRobot.onEdt(() -> viewItem("menu.ringtone"));
    assertThat(SwingRobot.onEdt(ring::isSelected)).as("ringtone on by default").isTrue();
    SwingRobot.runOnEdt(() -> frame.getJMenuBar().getMenu(2).doClick());
    SwingRobot.screenshot(frame, "tray-03-view-menu");
    SwingRobot.runOnEdt(() -> MenuSelectionManager.defaultManager().clearSelectedPath());
    SwingRobot.runOnEdt(ring::doClick);
    registrations.clear();
    SwingRobot.runOnEdt(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
    assertThat(quit.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("closing quits").isTrue();
    assertThat(SwingRobot.onEdt(frame::isDisplayable)).as("window disposed").isFalse();
    phone.shutdown(Duration.ofSeconds(3)); // what the runner does after quit
    assertThat(awaitRegistration(RegistrationState.UNREGISTERED)).as("phone unregistered").isTrue();
    assertThat(kamailio.contactsOf("alice")).as("no contact left at the registrar").isEmpty();
    ui.close(); // waits for the window's background work (the saved switch)
    assertThat(new WindowPlacement(home.dataDir().resolve("window.properties")).flag(DesktopIntegration.RINGTONE, true))
        .as("ringtone switch remembered").isFalse();
  }

  private JCheckBoxMenuItem viewItem(String name) {
    JMenu view = frame.getJMenuBar().getMenu(2);
    for (int i = 0; i < view.getItemCount(); i++) {
      if (view.getItem(i) != null && name.equals(view.getItem(i).getName())) {
        return (JCheckBoxMenuItem) view.getItem(i);
      }
    }
    throw new AssertionError("no View menu item " + name);
  }

  private boolean awaitRegistration(RegistrationState wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    RegistrationState s;
    while ((s = registrations.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
      if (s == wanted) {
        return true;
      }
    }
    return false;
  }
}
