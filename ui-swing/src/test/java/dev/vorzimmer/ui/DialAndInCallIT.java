package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.testsupport.sipp.SippUas;
import dev.vorzimmer.ui.incall.DialInput;
import java.awt.AWTException;
import java.awt.Component;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dialling from the window and the in-call view, under Xvfb with a real phone registered at a real
 * Kamailio: digits typed on the (X server's) keyboard are formatted and completed; a call to a SIPp
 * callee shows the in-call view with a running timer; the keypad's tones arrive as RFC 4733 events
 * on the RTP port the callee named; Hold and resume are re-INVITEs SIPp checks; Hang up is the BYE
 * SIPp waits for, and the view closes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DialAndInCallIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int TELEPHONE_EVENT = 101;
  private KamailioPhones fixture;
  private Path work;
  private KamailioProcess kamailio;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;

  @BeforeAll
  void start() throws Exception {
    fixture = KamailioPhones.start("vz-dial-it", Map.of("alice", "wonderland"));
    work = fixture.work;
    kamailio = fixture.kamailio;
    AppHome home =
        fixture.home(
            "home",
            "[account]\n"
                + fixture.account("alice", "wonderland")
                + "[sip]\nlisten = \"127.0.0.1:"
                + FreePorts.udpAndTcp()
                + "\"\n");
    ForwardingMessageListener messages = new ForwardingMessageListener();
    phone = fixture.phone(home, messages);
    phone
        .screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of("+49301234567"), Optional.empty(), false));
    ui = fixture.openWindow(phone, home, messages);
    robot = fixture.robot();
    frame = fixture.frame();
    phone.agent().start();
    robot.await(
        "registered",
        WAIT,
        () -> label("status").startsWith("Registered as"),
        () -> label("status"));
  }

  @AfterAll
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Order(1)
  void typedNumbersAreFormattedAndCompletedAndNonsenseIsExplained() throws Exception {
    SwingRobot.runOnEdt(() -> field().requestFocusInWindow());
    robot.await("dial field focused", WAIT, () -> field().isFocusOwner(), () -> "focus elsewhere");
    Keyboard keys = new Keyboard();
    keys.digits("0301234567");
    assertThat(SwingRobot.onEdt(() -> field().getText())).isEqualTo("030 1234567");
    robot.await(
        "completion",
        WAIT,
        () -> suggestions().contains("Erika Mustermann — 030 1234567"),
        () -> suggestions().toString());
    SwingRobot.screenshot(frame, "10-dial-completion");
    keys.press(KeyEvent.VK_DOWN);
    keys.press(KeyEvent.VK_ENTER);
    assertThat(SwingRobot.onEdt(() -> field().getText()))
        .as("picked")
        .isEqualTo("Erika Mustermann — 030 1234567");
    clear();
    keys.digits("12");
    keys.press(KeyEvent.VK_ENTER);
    robot.await(
        "explanation",
        WAIT,
        () -> label("dial.message").startsWith("'12' is not a phone number"),
        () -> label("dial.message"));
    assertThat(phone.agent().calls()).as("nothing dialled").isEmpty();
    SwingRobot.screenshot(frame, "10-dial-invalid");
    clear();
  }

  @Test
  @Order(2)
  void aDialledCallShowsTheInCallViewAndItsControlsReachTheCallee() throws Exception {
    try (DatagramSocket rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        SippRun callee =
            new SippUas(work.resolve("uas"))
                .timeoutSeconds(60)
                .answerThenExpectHoldResumeAndBye(300, rtp.getLocalPort())) {
      BlockingQueue<Integer> events = telephoneEvents(rtp);
      String uri = "sip:uas-" + callee.port() + "@" + kamailio.domain();
      type(uri);
      click("dial.call");
      robot.await(
          "connected",
          WAIT,
          () -> label("incall.state").equals("Connected"),
          () -> label("incall.state"));
      assertThat(label("incall.name")).isEqualTo(uri);
      robot.await(
          "timer running",
          WAIT,
          () ->
              label("incall.timer").matches("\\d\\d:\\d\\d")
                  && !label("incall.timer").equals("00:00"),
          () -> label("incall.timer"));
      SwingRobot.screenshot(dialog(), "11-in-call");

      click("incall.key.5");
      typeInCallView('#');
      robot.await(
          "digits shown",
          WAIT,
          () -> label("incall.digits").equals("5#"),
          () -> label("incall.digits"));
      assertThat(events.poll(10, TimeUnit.SECONDS)).as("RFC 4733 event for 5").isEqualTo(5);
      assertThat(events.poll(10, TimeUnit.SECONDS)).as("RFC 4733 event for #").isEqualTo(11);

      click("incall.mute");
      click("incall.hold");
      robot.await(
          "on hold",
          WAIT,
          () -> label("incall.state").equals("On hold"),
          () -> label("incall.state"));
      // commands run in order: mute was answered before hold, and was accepted by the live session
      assertThat(
              SwingRobot.onEdt(
                  () ->
                      SwingRobot.find(frame, "incall.mute", AbstractButton.class)
                          .orElseThrow()
                          .isSelected()))
          .as("muted")
          .isTrue();
      assertThat(label("incall.note")).as("no refusal shown").isBlank();
      assertThat(
              SwingRobot.onEdt(
                  () ->
                      SwingRobot.find(frame, "incall.key.1", AbstractButton.class)
                          .orElseThrow()
                          .isEnabled()))
          .as("no keypad tones on hold")
          .isFalse();
      SwingRobot.screenshot(dialog(), "12-in-call-held");
      click("incall.hold");
      robot.await(
          "resumed",
          WAIT,
          () -> label("incall.state").equals("Connected"),
          () -> label("incall.state"));

      click("incall.hangUp");
      SippResult r = callee.await();
      assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
    }
    robot.await(
        "in-call view closed",
        WAIT,
        () -> ui.window().inCall().dialog().isEmpty(),
        () -> "still open");
  }

  @Test
  @Order(3)
  void anAnsweredIncomingCallGetsTheInCallViewWithTheContactsNameUntilTheCallerHangsUp()
      throws Exception {
    try (SippRun run =
        new SippCaller(work.resolve("sipp"))
            .calling("alice")
            .timeoutSeconds(40)
            .from("+49301234567", "Erika")
            .expectAnswerThenHangUpAfter(3000)
            .start("127.0.0.1", kamailio.trunkPort())) {
      robot.await(
          "incoming call view",
          WAIT,
          () -> ui.window().incoming().dialog().isPresent(),
          () -> "none");
      click("incoming.answer");
      robot.await(
          "connected",
          WAIT,
          () -> label("incall.state").equals("Connected"),
          () -> label("incall.state"));
      robot.await(
          "caller's name",
          WAIT,
          () -> label("incall.name").equals("Erika Mustermann"),
          () -> label("incall.name"));
      assertThat(label("incall.number")).isEqualTo("030 1234567");
      SwingRobot.screenshot(dialog(), "13-in-call-incoming");
      SippResult r = run.await();
      assertThat(r.allCallsSucceeded()).as(() -> r + "\n" + kamailio.logTail(30)).isTrue();
    }
    robot.await(
        "in-call view closed",
        WAIT,
        () -> ui.window().inCall().dialog().isEmpty(),
        () -> "still open");
  }

  /**
   * Distinct RFC 4733 event codes as they start arriving on {@code rtp}, read by a daemon thread.
   */
  private static BlockingQueue<Integer> telephoneEvents(DatagramSocket rtp) {
    BlockingQueue<Integer> events = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
              long lastTimestamp = -1;
              try {
                while (!rtp.isClosed()) {
                  rtp.receive(p);
                  byte[] d = p.getData();
                  long timestamp =
                      ((d[4] & 0xffL) << 24)
                          | ((d[5] & 0xff) << 16)
                          | ((d[6] & 0xff) << 8)
                          | (d[7] & 0xff);
                  if ((d[1] & 0x7f) == TELEPHONE_EVENT
                      && p.getLength() >= 16
                      && timestamp != lastTimestamp) {
                    lastTimestamp =
                        timestamp; // one event per RTP timestamp (its repeats and end packets share
                    // it)
                    events.add(d[12] & 0xff);
                  }
                }
              } catch (SocketException closed) {
                // the test closed the socket: done
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            "rtp-reader");
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  @Test
  @Order(4)
  void premiumRateNumbersAskFirstNamingTheCostAndDontCallIsTheDefault() throws Exception {
    for (String[] number :
        new String[][] {
          {"0900 1234567", "a call back can cost up to 3 € a minute"},
          {"0137 1234567", "every call to it is charged"},
          {"+44 909 876 5432", "premium-rate number: calling it back costs extra"}
        }) {
      clear();
      type(number[0]);
      click("dial.call");
      robot.await(
          "the question for " + number[0],
          WAIT,
          () -> SwingRobot.find(frame, "dial.riskConfirm", JOptionPane.class).isPresent(),
          () -> label("dial.message"));
      JOptionPane question =
          SwingRobot.onEdt(
              () -> SwingRobot.find(frame, "dial.riskConfirm", JOptionPane.class).orElseThrow());
      assertThat(SwingRobot.<String>onEdt(() -> String.valueOf(question.getMessage())))
          .contains(number[1]);
      assertThat(SwingRobot.<Object>onEdt(question::getInitialValue))
          .as("Enter does not dial")
          .isEqualTo("Don't call");
      SwingRobot.runOnEdt(() -> question.setValue("Don't call"));
      robot.await(
          "not called",
          WAIT,
          () -> label("dial.message").startsWith("Not called"),
          () -> label("dial.message"));
      assertThat(phone.agent().calls()).as("nothing dialled").isEmpty();
    }
    clear();
  }

  private JTextField field() {
    return SwingRobot.find(frame, "dial.number", JTextField.class).orElseThrow();
  }

  private String label(String name) throws Exception {
    return fixture.text(name);
  }

  private JDialog dialog() throws Exception {
    return SwingRobot.onEdt(() -> ui.window().inCall().dialog().orElseThrow());
  }

  private List<String> suggestions() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          List<String> out = new ArrayList<>();
          SwingRobot.find(frame, "dial.suggestions", JList.class)
              .ifPresent(
                  list -> {
                    for (int i = 0; i < list.getModel().getSize(); i++) {
                      out.add(((DialInput.Entry) list.getModel().getElementAt(i)).label());
                    }
                  });
          return out;
        });
  }

  private void click(String name) throws Exception {
    fixture.click(name);
  }

  /**
   * Delivers each character as a key typed into the dial field (any character, no keyboard layout
   * needed).
   */
  private void type(String text) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JTextField f = field();
          for (char c : text.toCharArray()) {
            f.dispatchEvent(
                new KeyEvent(
                    f,
                    KeyEvent.KEY_TYPED,
                    System.currentTimeMillis(),
                    0,
                    KeyEvent.VK_UNDEFINED,
                    c));
          }
        });
  }

  /**
   * The X server's keyboard (java.awt.Robot): keys go to the focused component, as a user's would.
   */
  private static final class Keyboard {
    private final Robot robot;

    Keyboard() throws AWTException {
      robot = new Robot();
      robot.setAutoDelay(20);
    }

    void digits(String digits) {
      for (char c : digits.toCharArray()) {
        press(KeyEvent.VK_0 + (c - '0'));
      }
    }

    void press(int keyCode) {
      robot.keyPress(keyCode);
      robot.keyRelease(keyCode);
      robot.waitForIdle();
    }
  }

  /** A key typed while the in-call view has the focus (delivered to its state line). */
  private void typeInCallView(char c) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          Component target = SwingRobot.find(frame, "incall.state", JLabel.class).orElseThrow();
          target.dispatchEvent(
              new KeyEvent(
                  target,
                  KeyEvent.KEY_TYPED,
                  System.currentTimeMillis(),
                  0,
                  KeyEvent.VK_UNDEFINED,
                  c));
        });
  }

  private void clear() throws Exception {
    SwingRobot.runOnEdt(() -> field().setText(""));
  }
}
