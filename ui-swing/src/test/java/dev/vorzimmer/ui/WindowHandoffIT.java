package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.FreePorts;
import java.awt.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request handed over to the running phone's window (a tel:/sip: link, a second start): the
 * iconified window comes back to the front, the dial bar shows the target and the call starts.
 */
class WindowHandoffIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  @TempDir Path dir;

  @Test
  void aHandedOverLinkBringsTheWindowToTheFrontAndCallsFromTheDialBar() throws Exception {
    SwingRobot.requireDisplay();
    AppHome home = AppHome.at(dir);
    int port = FreePorts.udpAndTcp();
    Files.writeString(home.configFile(), "[sip]\nlisten = \"127.0.0.1:" + port + "\"\n");
    ForwardingMessageListener messages = new ForwardingMessageListener();
    Phone phone =
        Phone.assemble(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages);
    BlockingQueue<CallEvent> calls = new LinkedBlockingQueue<>();
    phone
        .agent()
        .addListener(
            new SipAgentListener() {
              @Override
              public void onCall(CallEvent e) {
                calls.add(e);
              }
            });
    DesktopUi ui = DesktopUi.open(phone, home, messages, () -> {}, Locale.ENGLISH);
    try {
      phone.agent().start();
      SwingRobot robot = new SwingRobot(ui.probe());
      JFrame frame = ui.window().frame();
      SwingRobot.runOnEdt(() -> frame.setExtendedState(Frame.ICONIFIED));
      robot.await(
          "iconified",
          WAIT,
          () -> SwingRobot.onEdt(() -> (frame.getExtendedState() & Frame.ICONIFIED) != 0),
          () -> "state " + frame.getExtendedState());

      // a closed port: the call is placed (and fails), which is all this test needs to see
      int nobody = FreePorts.udpAndTcp();
      String target = "sip:bob@127.0.0.1:" + nobody;
      ui.request(Optional.of(target));

      robot.await(
          "the window in front with the target in the dial bar",
          WAIT,
          () ->
              SwingRobot.onEdt(
                  () ->
                      frame.isShowing()
                          && (frame.getExtendedState() & Frame.ICONIFIED) == 0
                          && SwingRobot.get(frame, "dial.number", JTextField.class)
                              .getText()
                              .equals(target)),
          () -> "state " + frame.getExtendedState());
      CallEvent placed = calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(placed).as("the dial bar placed the call").isNotNull();
      assertThat(placed.incoming()).isFalse();
      assertThat(placed.peer()).contains("bob@127.0.0.1:" + nobody);
    } finally {
      ui.close();
      phone.shutdown(Duration.ofSeconds(3));
    }
  }
}
