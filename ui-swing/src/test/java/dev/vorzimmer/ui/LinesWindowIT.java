package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.testsupport.sipp.SippUas;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A phone with two lines (Home = anna, the default; Office = bert) registered at a real Kamailio,
 * its window open under Xvfb: the status bar and the tray's tooltip show both lines, a call to
 * Office says so in the incoming panel and is answered on Office's agent, its row says "Line
 * Office" and calling back from it goes out as Office; choosing Office in the dial bar, or naming
 * it in a handed-over request ({@code vorzimmer dial --line Office}), sends the INVITE as bert.
 */
class LinesWindowIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String FRIEND = "+4930555777";
  private KamailioPhones fixture;
  private Path work;
  private KamailioProcess kamailio;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;
  private final RecordingTray tray = new RecordingTray();

  @BeforeEach
  void start() throws Exception {
    fixture = KamailioPhones.start("vz-lines-it", Map.of("anna", "anna-pw", "bert", "bert-pw"));
    work = fixture.work;
    kamailio = fixture.kamailio;
    int[] ports = FreePorts.udpAndTcp(2);
    String line =
        """
        [[account]]
        name = "%s"
        %slisten_port = %d
        """;
    AppHome home =
        fixture.home(
            "home",
            "[sip]\nlisten = \"127.0.0.1:"
                + ports[0]
                + "\"\n[calls]\nring_seconds = 20\n"
                + line.formatted("Home", fixture.account("anna", "anna-pw"), ports[0])
                + line.formatted("Office", fixture.account("bert", "bert-pw"), ports[1]));
    ForwardingMessageListener messages = new ForwardingMessageListener();
    phone = fixture.phone(home, messages);
    phone
        .screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Frieda", List.of(FRIEND), Optional.empty(), false));
    ui = fixture.openWindow(phone, home, messages, tray);
    robot = fixture.robot();
    frame = fixture.frame();
    List<Exception> failed = new ArrayList<>();
    assertThat(phone.lines().start((l, e) -> failed.add(e))).as("%s", failed).isEqualTo(2);
  }

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aCallToTheSecondLineSaysSoIsAnsweredThereAndItsRowNamesIt() throws Exception {
    robot.await(
        "both lines registered in the status bar",
        WAIT,
        () -> text("status").matches("Home: Registered as sip:anna@.*  ·  Office: Registered.*"),
        () -> text("status"));
    assertThat(
            tray.awaitMatching(
                tray.tooltips,
                t ->
                    t.matches(
                        "Vorzimmer — Home: Registered as sip:anna@.*  ·  Office: Registered as"
                            + " sip:bert@.*")))
        .as("the tray names both lines: %s", tray.seen)
        .isTrue();
    assertThat(tray.badge).isEqualTo(dev.vorzimmer.ui.desktop.TrayState.Badge.REGISTERED);

    // Settings → Account: the lines read-only and where they are edited, no form that cannot save
    SwingRobot.runOnEdt(() -> ui.window().openSettings());
    robot.await(
        "the account page shows Office's state",
        WAIT,
        () -> text("account.lines.1.state").startsWith("Registered as sip:bert@"),
        () -> text("account.lines.1.state"));
    assertThat(text("account.lines.1"))
        .isEqualTo("bert@" + kamailio.domain() + " via 127.0.0.1:" + kamailio.sipPort() + " (UDP)");
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "account.lines.note", javax.swing.JTextArea.class)
                        .orElseThrow()
                        .getText()))
        .startsWith("This phone has 2 lines.")
        .contains(work.resolve("home").resolve("config.toml").toString());
    assertThat(SwingRobot.onEdt(() -> SwingRobot.find(frame, "account.save", JComponent.class)))
        .as("no Save that the loader would refuse")
        .isEmpty();
    SwingRobot.screenshot(frame, "51-lines-settings-account");
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "tabs", JTabbedPane.class).orElseThrow().setSelectedIndex(0));

    try (SippRun caller =
        new SippCaller(work.resolve("sipp"))
            .calling("bert")
            .from(FRIEND, "Frieda")
            .timeoutSeconds(30)
            .expectAnswerThenHangUpAfter(300)
            .start("127.0.0.1", kamailio.trunkPort())) {
      robot.await(
          "the incoming panel names the line",
          WAIT,
          () -> text("incoming.line").equals("On line Office"),
          () -> text("incoming.line"));
      SwingRobot.runOnEdt(
          () ->
              SwingRobot.find(frame, "incoming.answer", AbstractButton.class)
                  .orElseThrow()
                  .doClick());
      robot.await(
          "answered on Office's agent",
          WAIT,
          () ->
              phone.lines().line("Office").orElseThrow().agent().calls().stream()
                  .anyMatch(c -> c.state() == CallState.ACTIVE),
          () -> String.valueOf(phone.lines().line("Office").orElseThrow().agent().calls()));
      assertThat(phone.lines().line("Home").orElseThrow().agent().calls()).isEmpty();
      SippResult r = caller.await();
      assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
    }
    robot.await(
        "the call's row names the line",
        WAIT,
        () -> callRows().stream().anyMatch(row -> row.contains("Line Office")),
        () -> String.valueOf(callRows()));
    SwingRobot.screenshot(frame, "50-lines-call-row");

    // Call back from the row: on the line that was called (Office), not the default line (Home)
    SwingRobot.runOnEdt(
        () -> {
          JList<?> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            if (String.valueOf(list.getModel().getElementAt(i)).contains("Line Office")) {
              list.setSelectedIndex(i);
            }
          }
          SwingRobot.find(frame, "calls.callBack", AbstractButton.class).orElseThrow().doClick();
        });
    assertThat(
            kamailio.awaitLogLine(
                Pattern.compile("VZ-PROXY-AUTH INVITE au=bert from=sip:bert@"), WAIT))
        .as(() -> "the call back went out as Office (bert)\n" + kamailio.logTail(30))
        .isTrue();
    assertThat(kamailio.countLogLines(Pattern.compile("VZ-REQ INVITE from=sip:anna@"))).isZero();
  }

  @Test
  void theLineChosenInTheDialBarPlacesTheCallWithItsIdentity() throws Exception {
    robot.await(
        "both lines registered",
        WAIT,
        () -> text("status").contains("Office: Registered"),
        () -> text("status"));
    Pattern bertRegistered = Pattern.compile("VZ-REGISTER-OK aor=sip:bert@");
    int before = kamailio.countLogLines(bertRegistered);
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "status.reRegister", AbstractButton.class)
                .orElseThrow()
                .doClick());
    assertThat(kamailio.awaitLogLines(bertRegistered, before + 1, WAIT))
        .as("Re-register registers Office too, not only the default line")
        .isTrue();
    try (SippRun callee = new SippUas(work.resolve("uas")).timeoutSeconds(30).answerAfter(100)) {
      String uri = "sip:uas-" + callee.port() + "@" + kamailio.domain();
      SwingRobot.runOnEdt(
          () -> {
            @SuppressWarnings("unchecked")
            JComboBox<String> lines =
                SwingRobot.find(frame, "dial.line", JComboBox.class).orElseThrow();
            assertThat(lines.getSelectedItem()).as("the default line first").isEqualTo("Home");
            lines.setSelectedItem("Office");
            SwingRobot.find(frame, "dial.number", JTextField.class).orElseThrow().setText(uri);
            SwingRobot.find(frame, "dial.call", AbstractButton.class).orElseThrow().doClick();
          });
      robot.await(
          "connected",
          WAIT,
          () -> text("incall.state").equals("Connected"),
          () -> text("incall.state"));
      SwingRobot.runOnEdt(
          () ->
              SwingRobot.find(frame, "incall.hangUp", AbstractButton.class)
                  .orElseThrow()
                  .doClick());
      SippResult r = callee.await();
      assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
    }
    assertThat(
            kamailio.countLogLines(Pattern.compile("VZ-PROXY-AUTH INVITE au=bert from=sip:bert@")))
        .as("the INVITE went out as Office (bert) with its credentials")
        .isEqualTo(1);
    assertThat(kamailio.countLogLines(Pattern.compile("VZ-REQ INVITE from=sip:anna@"))).isZero();
    // vorzimmer dial --line Office, as the door hands it to the window: with Home chosen again
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "dial.line", JComboBox.class)
                .orElseThrow()
                .setSelectedItem("Home"));
    robot.await(
        "the in-call view closed",
        WAIT,
        () -> ui.window().inCall().dialog().isEmpty(),
        () -> "still open");
    try (SippRun callee = new SippUas(work.resolve("uas2")).timeoutSeconds(30).answerAfter(100)) {
      ui.request(
          Optional.of("sip:uas-" + callee.port() + "@" + kamailio.domain()), Optional.of("Office"));
      robot.await(
          "connected",
          WAIT,
          () -> text("incall.state").equals("Connected"),
          () -> text("incall.state"));
      SwingRobot.runOnEdt(
          () ->
              SwingRobot.find(frame, "incall.hangUp", AbstractButton.class)
                  .orElseThrow()
                  .doClick());
      SippResult r = callee.await();
      assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
    }
    assertThat(
            kamailio.countLogLines(Pattern.compile("VZ-PROXY-AUTH INVITE au=bert from=sip:bert@")))
        .as("the handed-over call went out as Office too")
        .isEqualTo(2);
    assertThat(kamailio.countLogLines(Pattern.compile("VZ-REQ INVITE from=sip:anna@"))).isZero();
  }

  private String text(String name) throws Exception {
    return fixture.text(name);
  }

  /** What the Calls list's rows say (their string form). */
  private List<String> callRows() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          JList<?> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            out.add(String.valueOf(list.getModel().getElementAt(i)));
          }
          return out;
        });
  }
}
