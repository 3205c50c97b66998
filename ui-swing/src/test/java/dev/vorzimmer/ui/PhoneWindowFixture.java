package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.ui.desktop.DesktopTray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;

/**
 * A real phone registered at a real Kamailio with its window open under Xvfb, in English, with the
 * contact Erika Mustermann (+49 30 1234567); for the tray and notification UI tests.
 */
final class PhoneWindowFixture implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String ERIKA = "+49301234567";
  static final String STRANGER = "+491701234567";
  final Path work;
  final AppHome home;
  final KamailioProcess kamailio;
  final Phone phone;
  final DesktopUi ui;
  final SwingRobot robot;
  final JFrame frame;
  final CountDownLatch quit = new CountDownLatch(1);
  final BlockingQueue<RegistrationState> registrations = new LinkedBlockingQueue<>();

  /** Starts everything and waits until the status bar says registered. */
  PhoneWindowFixture(String name, DesktopTray.Factory trays) throws Exception {
    SwingRobot.requireDisplay();
    work = Files.createTempDirectory(name);
    kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"));
    home = AppHome.at(Files.createDirectories(work.resolve("home")));
    Files.writeString(
        home.configFile(),
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "wonderland"
        [sip]
        listen = "127.0.0.1:%d"
        [calls]
        ring_seconds = 20
        """
            .formatted(kamailio.domain(), kamailio.sipPort(), FreePorts.udpAndTcp()));
    Files.setPosixFilePermissions(home.configFile(), PosixFilePermissions.fromString("rw-------"));
    ForwardingMessageListener messages = new ForwardingMessageListener();
    phone =
        Phone.assemble(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages);
    phone
        .screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of(ERIKA), Optional.empty(), false));
    phone
        .agent()
        .addListener(
            new SipAgentListener() {
              @Override
              public void onRegistration(RegistrationEvent event) {
                registrations.add(event.state());
              }
            });
    ui = DesktopUi.open(phone, home, messages, quit::countDown, Locale.ENGLISH, trays);
    robot = new SwingRobot(ui.probe());
    frame = ui.window().frame();
    phone.agent().start();
    robot.await(
        "registered",
        WAIT,
        () -> text("status").startsWith("Registered as sip:alice@"),
        () -> text("status"));
  }

  SippCaller caller() {
    return new SippCaller(work.resolve("sipp")).calling("alice").timeoutSeconds(40);
  }

  void assertCall(SippResult r) {
    assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
  }

  String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  /** The View menu's switch named {@code name}; EDT only. */
  JCheckBoxMenuItem viewItem(String name) {
    JMenu view = frame.getJMenuBar().getMenu(2);
    for (int i = 0; i < view.getItemCount(); i++) {
      if (view.getItem(i) != null && name.equals(view.getItem(i).getName())) {
        return (JCheckBoxMenuItem) view.getItem(i);
      }
    }
    throw new AssertionError("no View menu item " + name);
  }

  /**
   * Waits until the agent reports {@code wanted} (events since the last {@code
   * registrations.clear()}).
   */
  boolean awaitRegistration(RegistrationState wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    RegistrationState s;
    while ((s = registrations.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
      if (s == wanted) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the runner does after Quit: unregister and stop; then the registrar must hold no contact.
   */
  void shutDownAndAssertUnregistered() throws Exception {
    phone.shutdown(Duration.ofSeconds(3));
    assertThat(awaitRegistration(RegistrationState.UNREGISTERED)).as("phone unregistered").isTrue();
    assertThat(kamailio.contactsOf("alice")).as("no contact left at the registrar").isEmpty();
  }

  @Override
  public void close() {
    try {
      ui.close();
    } finally {
      try {
        phone.shutdown(Duration.ofSeconds(3));
      } finally {
        kamailio.close();
      }
    }
  }
}
