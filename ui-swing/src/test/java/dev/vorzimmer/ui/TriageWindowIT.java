package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.desktop.TrayPresence;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The window with a real phone registered at Kamailio: messages without speech are filed under
 * "Probably robots" (not counted as unheard), the offer to block a robot range blocks it with one
 * click, and Call back to a ping caller asks first, naming the risk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageWindowIT {
  private static final Duration WAIT = PhoneWindowFixture.WAIT;
  private static final String PARIS = "+33142685300";
  private final Texts en = new Texts(Locale.ENGLISH);
  private final List<CallEvent> placed = new CopyOnWriteArrayList<>();
  private PhoneWindowFixture f;

  @BeforeAll
  void start() throws Exception {
    f = new PhoneWindowFixture("vz-triage-it", TrayPresence::install);
    f.phone
        .agent()
        .addListener(
            new SipAgentListener() {
              @Override
              public void onCall(CallEvent e) {
                if (!e.incoming() && e.state() == CallState.CALLING) {
                  placed.add(e);
                }
              }
            });
  }

  @AfterAll
  void stop() {
    if (f != null) {
      f.close();
    }
  }

  private void showTab(int index) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(f.frame, "tabs", JTabbedPane.class)
                .orElseThrow()
                .setSelectedIndex(index));
  }

  /** The call list's lines (date headers and calls) as text. */
  private List<String> callRows() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          JList<?> list = SwingRobot.find(f.frame, "calls.list", JList.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            out.add(String.valueOf(list.getModel().getElementAt(i)));
          }
          return out;
        });
  }

  private List<String> rows(String table) throws Exception {
    return SwingRobot.onEdt(
        () -> {
          JTable t = SwingRobot.find(f.frame, table, JTable.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int r = 0; r < t.getRowCount(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < t.getColumnCount(); c++) {
              sb.append(c == 0 ? "" : " | ").append(t.getValueAt(r, c));
            }
            out.add(sb.toString());
          }
          return out;
        });
  }

  private void filter(int index) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(f.frame, "messages.filter", JComboBox.class)
                .orElseThrow()
                .setSelectedIndex(index));
  }

  private void message(String caller, String triage, double speech) {
    MessageIndex index = f.phone.screening().store().messages();
    long id =
        index.create(
            Instant.now(),
            caller,
            caller,
            List.of(Reason.legacy("unknown number")),
            Path.of("/nonexistent.wav"));
    index.complete(id, Duration.ofSeconds(8));
    index.setTriage(id, triage, speech);
  }

  @Test
  void robotMessagesAreFiledApartAndNotCountedAsUnheard() throws Exception {
    message("+4922155599001", "speech", 6.0);
    message("+4922155599002", "silent", 0.0);
    message("+4922155599003", "tones", 0.0);
    SwingRobot.runOnEdt(() -> f.ui.window().messagesChanged());
    showTab(MainWindow.MESSAGES_TAB);

    f.robot.await(
        "only the spoken message listed",
        WAIT,
        () -> rows("messages.table").size() == 1,
        () -> rows("messages.table").toString());
    assertThat(rows("messages.table").get(0))
        .contains("+4922155599001")
        .as("a spoken message needs no class in its state column")
        .endsWith("| ");
    assertThat(SwingRobot.onEdt(f.frame::getTitle)).isEqualTo("Vorzimmer — 1 unheard");

    filter(1);
    f.robot.await(
        "the two robots listed",
        WAIT,
        () -> rows("messages.table").size() == 2,
        () -> rows("messages.table").toString());
    assertThat(String.join("\n", rows("messages.table"))).contains("silent").contains("tones only");
    SwingRobot.screenshot(f.frame, "triage-1-probably-robots");
    filter(2);
    f.robot.await(
        "all three listed",
        WAIT,
        () -> rows("messages.table").size() == 3,
        () -> rows("messages.table").toString());
    filter(0);

    f.phone
        .screening()
        .store()
        .rangeProposals()
        .propose("+49221555990*", 3, java.time.LocalDate.now(), Instant.now());
    SwingRobot.runOnEdt(
        () ->
            f.ui
                .window()
                .robotRange(
                    new RobotMessageRanges.Proposal(
                        "+49221555990*", 3, Reason.legacy("three robots"))));
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(f.frame, "messages.rangeProposal.text", JLabel.class)
                        .orElseThrow()
                        .getText()))
        .isEqualTo("3 messages without speech from +49221555990xx today.");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(f.frame, "messages.rangeProposal.block", JButton.class)
                .orElseThrow()
                .doClick());
    f.robot.await(
        "the range blocked",
        WAIT,
        () ->
            f.phone.screening().store().listStore().entries(ListKind.BLOCK).stream()
                .map(ListEntry::pattern)
                .anyMatch("+49221555990*"::equals),
        () -> f.phone.screening().store().listStore().entries(ListKind.BLOCK).toString());
    // the view drops the offer when it hears of the new entry, a moment after the store has it
    f.robot.await(
        "the offer gone once taken",
        WAIT,
        () ->
            SwingRobot.find(f.frame, "messages.rangeProposal", javax.swing.JPanel.class).isEmpty(),
        () -> "the offer is still shown");
    f.robot.await(
        "the answer stored",
        WAIT,
        () ->
            f.phone
                .screening()
                .store()
                .rangeProposals()
                .find("+49221555990*")
                .map(p -> p.state().name())
                .equals(Optional.of("BLOCKED")),
        () -> f.phone.screening().store().rangeProposals().open().toString());
  }

  @Test
  void callingBackAPingCallerAsksFirstAndOnlyCallsOnYes() throws Exception {
    CallLog log = f.phone.screening().store().callLog();
    long id =
        log.logCall(
            Instant.now(),
            PARIS,
            Optional.of(PARIS),
            "",
            "VOICEMAIL",
            List.of(Reason.legacy("foreign number, language spoken")),
            "voicemail");
    log.updateMark(id, Reason.of("ping.foreign", "seconds", 2, "country", "FR"));
    SwingRobot.runOnEdt(() -> f.ui.window().callLogChanged());
    showTab(0);
    f.robot.await(
        "the ping call listed with its mark",
        WAIT,
        () -> callRows().stream().anyMatch(r -> r.contains("Ping call — don't call back")),
        () -> callRows().toString());

    answerCallBack(en.get("callBack.risk.cancel"));
    answerCallBack(en.get("callBack.risk.call"));

    f.robot.await(
        "the call placed",
        WAIT,
        () -> !placed.isEmpty(),
        () -> "nothing placed; " + f.text("notice"));
    assertThat(placed)
        .as("Don't call placed nothing; Call anyway placed one call")
        .singleElement()
        .satisfies(e -> assertThat(e.peer()).contains(PARIS));
  }

  @Test
  void theRulesTabSwitchesCallBacksOffInPlainWords() throws Exception {
    showTab(2);
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(f.frame, "rules.sections", JTabbedPane.class)
                .orElseThrow()
                .setSelectedIndex(1));
    javax.swing.JCheckBox callback =
        SwingRobot.get(f.frame, "rules.callback", javax.swing.JCheckBox.class);
    assertThat(SwingRobot.onEdt(callback::getText))
        .isEqualTo("When I call a number, its return call rings for");
    assertThat(SwingRobot.onEdt(callback::isSelected)).isTrue();
    SwingRobot.screenshot(f.frame, "triage-2-after-a-call");

    SwingRobot.runOnEdt(
        () -> {
          callback.setSelected(false);
          SwingRobot.find(f.frame, "rules.followUp.save", JButton.class).orElseThrow().doClick();
        });
    f.robot.await(
        "saved",
        WAIT,
        () -> f.text("rules.followUp.result").startsWith("Saved"),
        () -> f.text("rules.followUp.result"));
    assertThat(f.phone.screening().screener().config().callbackAllow()).isZero();
    assertThat(java.nio.file.Files.readString(f.home.configFile()))
        .contains("callback_allow_hours = 0");
    showTab(0);
  }

  /** Clicks Call back on the first call row and answers the risk question with {@code option}. */
  private void answerCallBack(String option) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JList<?> list = SwingRobot.find(f.frame, "calls.list", JList.class).orElseThrow();
          list.setSelectedIndex(1); // 0 is the date header
          SwingRobot.find(f.frame, "calls.callBack", JButton.class).orElseThrow().doClick();
        });
    f.robot.await(
        "the question",
        WAIT,
        () -> SwingRobot.find(f.frame, "callBack.riskConfirm", JOptionPane.class).isPresent(),
        () -> "no question");
    String question =
        SwingRobot.onEdt(
            () ->
                String.valueOf(
                    SwingRobot.find(f.frame, "callBack.riskConfirm", JOptionPane.class)
                        .orElseThrow()
                        .getMessage()));
    assertThat(question)
        .contains(PARIS)
        .contains("ping call — don't call back: rang 2 s from a foreign number (France)");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(f.frame, "callBack.riskConfirm", JOptionPane.class)
                .orElseThrow()
                .setValue(option));
    assertThat(
            SwingRobot.onEdt(
                () -> SwingRobot.find(f.frame, "callBack.riskConfirm", JOptionPane.class)))
        .as("answered")
        .isEmpty();
  }
}
