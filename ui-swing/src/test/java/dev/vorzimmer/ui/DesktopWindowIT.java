package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.ui.common.WindowPlacement;
import dev.vorzimmer.ui.desktop.TrayPresence;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real window of a real phone under Xvfb: the phone is assembled in-process and registers at a
 * real Kamailio; SIPp callers come in through Kamailio's trunk port. The tests drive the window
 * like a user (buttons by name) and read what it shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopWindowIT {
  private static final Duration WAIT = PhoneWindowFixture.WAIT;
  private static final String ERIKA = PhoneWindowFixture.ERIKA;
  private static final String STRANGER = PhoneWindowFixture.STRANGER;

  /** Long enough for the greeting and beep, so a few seconds of message are recorded. */
  private static final long MESSAGE_CALL_MS = 9000;

  private Path work;
  private AppHome home;
  private KamailioProcess kamailio;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;
  private PhoneWindowFixture f;

  @BeforeAll
  void start() throws Exception {
    f = new PhoneWindowFixture("vz-ui-it", TrayPresence::install);
    work = f.work;
    home = f.home;
    kamailio = f.kamailio;
    phone = f.phone;
    ui = f.ui;
    robot = f.robot;
    frame = f.frame;
  }

  @AfterAll
  void stop() throws Exception {
    try {
      ui.close();
      assertThat(f.quit.getCount()).as("quit reported to the runner").isZero();
      WindowPlacement remembered = new WindowPlacement(home.dataDir().resolve("window.properties"));
      assertThat(remembered.bounds()).as("window position remembered").isPresent();
      assertThat(remembered.theme()).contains("dark");
    } finally {
      f.close();
    }
  }

  private SippCaller caller() {
    return f.caller();
  }

  private void assertCall(SippResult r) {
    f.assertCall(r);
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  private void showTab(int index) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "tabs", JTabbedPane.class)
                .orElseThrow()
                .setSelectedIndex(index));
  }

  /** Every row of a table as "col1 | col2 | …"; of the call list, every call (no headers). */
  private List<String> rows(String table) throws Exception {
    if (table.equals("calls.list")) {
      return SwingRobot.onEdt(
          () -> {
            JList<?> list = SwingRobot.find(frame, table, JList.class).orElseThrow();
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
              String item = String.valueOf(list.getModel().getElementAt(i));
              if (item.contains(" | ")) {
                out.add(item);
              }
            }
            return out;
          });
    }
    return SwingRobot.onEdt(
        () -> {
          JTable t = SwingRobot.find(frame, table, JTable.class).orElseThrow();
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

  /** Selects the newest call whose text contains {@code text}; EDT only. */
  private void selectCall(String text) {
    JList<?> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
    for (int i = 0; i < list.getModel().getSize(); i++) {
      String item = String.valueOf(list.getModel().getElementAt(i));
      if (item.contains(" | ") && item.contains(text)) {
        list.setSelectedIndex(i);
        return;
      }
    }
  }

  @Test
  @Order(1)
  void theStatusBarShowsTheLineIsRegistered() throws Exception {
    robot.await(
        "registered",
        WAIT,
        () -> text("status").startsWith("Registered as sip:alice@"),
        () -> text("status"));
    SwingRobot.screenshot(frame, "01-registered");
  }

  @Test
  @Order(2)
  void aContactRingsWithTheirNameAndAnswerConnects() throws Exception {
    try (SippRun run =
        caller()
            .from(ERIKA, "Erika")
            .expectAnswerThenHangUpAfter(1500)
            .start("127.0.0.1", kamailio.trunkPort())) {
      robot.await(
          "incoming call view",
          WAIT,
          () -> SwingRobot.find(frame, "incoming.name", JLabel.class).isPresent(),
          () -> "no incoming view");
      assertThat(text("incoming.name")).isEqualTo("Erika Mustermann");
      assertThat(text("incoming.reasons")).contains("contact Erika Mustermann");
      assertThat(text("incoming.countdown")).matches("To voicemail in (1?[0-9]|20) s");
      assertThat(text("incoming.keys"))
          .isEqualTo("Enter: answer · Esc: decline · V: to voicemail · B: block");
      JDialog dialog = SwingRobot.onEdt(() -> ui.window().incoming().dialog().orElseThrow());
      assertThat(SwingRobot.onEdt(() -> dialog.getRootPane().getDefaultButton().getName()))
          .as("one default button")
          .isEqualTo("incoming.answer");
      assertThat(SwingRobot.onEdt(() -> SwingRobot.find(frame, "incoming.block", JButton.class)))
          .isPresent();
      toggleFavourite(true);
      toggleFavourite(false);
      SwingRobot.screenshot(dialog, "02-incoming-call");
      SwingRobot.runOnEdt(
          () -> SwingRobot.find(frame, "incoming.answer", JButton.class).orElseThrow().doClick());
      assertCall(run.await());
    }
    robot.await(
        "incoming view closed",
        WAIT,
        () -> ui.window().incoming().dialog().isEmpty(),
        () -> "still open");
    robot.await(
        "answered call in the log",
        WAIT,
        () ->
            rows("calls.list").stream()
                .anyMatch(r -> r.contains("Erika Mustermann") && r.endsWith("answered")),
        () -> rows("calls.list").toString());
  }

  @Test
  @Order(3)
  void declineByShortcutAndToVoicemailByButton() throws Exception {
    try (SippRun run =
        caller()
            .from(ERIKA, "Erika")
            .expectStatusRightAfterRing(603)
            .start("127.0.0.1", kamailio.trunkPort())) {
      awaitIncoming();
      SwingRobot.runOnEdt(
          () -> {
            JComponent bar =
                (JComponent)
                    SwingRobot.find(frame, "incoming.decline", JButton.class)
                        .orElseThrow()
                        .getParent();
            Object key =
                bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                    .get(KeyStroke.getKeyStroke("ESCAPE"));
            bar.getActionMap()
                .get(key)
                .actionPerformed(new ActionEvent(bar, ActionEvent.ACTION_PERFORMED, "escape"));
          });
      assertCall(run.await());
    }
    robot.await(
        "incoming view closed",
        WAIT,
        () -> ui.window().incoming().dialog().isEmpty(),
        () -> "still open");
    try (SippRun run =
        caller()
            .from(ERIKA, "Erika")
            .expectAnswerThenHangUpAfter(500)
            .start("127.0.0.1", kamailio.trunkPort())) {
      awaitIncoming();
      SwingRobot.runOnEdt(
          () ->
              SwingRobot.find(frame, "incoming.voicemail", JButton.class).orElseThrow().doClick());
      assertCall(run.await());
    }
    robot.await(
        "declined and voicemail calls in the log",
        WAIT,
        () ->
            rows("calls.list").stream()
                .filter(r -> r.contains("Erika Mustermann"))
                .map(r -> r.substring(r.lastIndexOf('|') + 2))
                .toList()
                .containsAll(List.of("turned away", "missed")),
        () -> rows("calls.list").toString());
  }

  /** Clicks the incoming panel's star; the contact's favourite flag follows in the store. */
  private void toggleFavourite(boolean wanted) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "incoming.favourite", javax.swing.JToggleButton.class)
                .orElseThrow()
                .doClick());
    robot.await(
        "Erika favourite " + wanted,
        WAIT,
        () ->
            phone
                .screening()
                .store()
                .contactBook()
                .findByNumber(ERIKA)
                .map(c -> c.favourite() == wanted)
                .orElse(false),
        () -> "not stored");
  }

  @Test
  @Order(3)
  void blockFromTheRingingPanelDeclinesBlocksMarksTheRowAndCanBeUndone() throws Exception {
    String pest = "+491709876543"; // a contact, so that the call rings
    var book = phone.screening().store().contactBook();
    var max =
        book.add(
            new dev.vorzimmer.screening.Contact(
                0, "Max Muster", List.of(pest), java.util.Optional.empty(), false));
    try (SippRun run =
        caller()
            .from(pest, "Pest")
            .expectStatusRightAfterRing(603)
            .start("127.0.0.1", kamailio.trunkPort())) {
      robot.await(
          "incoming call view",
          WAIT,
          () -> SwingRobot.find(frame, "incoming.block", JButton.class).isPresent(),
          () -> "no block button");
      SwingRobot.runOnEdt(
          () -> SwingRobot.find(frame, "incoming.block", JButton.class).orElseThrow().doClick());
      assertCall(run.await());
    }
    assertThat(phone.screening().store().listStore().entries(ListKind.BLOCK))
        .anyMatch(e -> e.pattern().equals(pest));
    robot.await(
        "incoming view closed",
        WAIT,
        () -> ui.window().incoming().dialog().isEmpty(),
        () -> "still open");
    robot.await(
        "undo offered",
        WAIT,
        () -> SwingRobot.find(frame, "status.undo", JButton.class).isPresent(),
        () -> text("status.notice"));
    assertThat(text("status.notice")).isEqualTo("Blocked " + pest);
    robot.await(
        "the row's blocked mark",
        WAIT,
        () -> drawnCallLabels().contains("Max Muster  · blocked"),
        () -> String.join("\n", drawnCallLabels()));
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "status.undo", JButton.class).orElseThrow().doClick());
    robot.await(
        "block undone",
        WAIT,
        () ->
            phone.screening().store().listStore().entries(ListKind.BLOCK).stream()
                .noneMatch(e -> e.pattern().equals(pest)),
        () -> text("status.notice"));
    book.delete(max.id());
  }

  /** Every label text the call list's renderer draws for its rows. */
  private List<String> drawnCallLabels() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          @SuppressWarnings("unchecked")
          JList<Object> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            labels(
                list.getCellRenderer()
                    .getListCellRendererComponent(
                        list, list.getModel().getElementAt(i), i, false, false),
                out);
          }
          return out;
        });
  }

  private static void labels(java.awt.Component c, List<String> out) {
    if (c instanceof JLabel l && l.getText() != null) {
      out.add(l.getText());
    }
    if (c instanceof java.awt.Container inner) {
      for (java.awt.Component child : inner.getComponents()) {
        labels(child, out);
      }
    }
  }

  private void awaitIncoming() throws Exception {
    robot.await(
        "incoming call view",
        WAIT,
        () -> SwingRobot.find(frame, "incoming.name", JLabel.class).isPresent(),
        () -> "no incoming view");
  }

  @Test
  @Order(4)
  void aWithheldCallGoesToVoicemailAndShowsUpInCallsAndMessages() throws Exception {
    showTab(0);
    assertCall(
        caller()
            .from("anonymous", "Anonymous")
            .assertedIdentity("sip:+4969123456@provider.test;user=phone")
            .privacy("id")
            .expectAnswerThenSpeakAfter(MESSAGE_CALL_MS)
            .callTo("127.0.0.1", kamailio.trunkPort()));
    robot.await(
        "withheld call in the log",
        WAIT,
        () ->
            rows("calls.list").stream()
                .anyMatch(r -> r.startsWith("Voicemail") && r.contains("withheld")),
        () -> rows("calls.list").toString());
    showTab(MainWindow.MESSAGES_TAB);
    robot.await(
        "withheld message",
        WAIT,
        () ->
            rows("messages.table").stream()
                .anyMatch(
                    r ->
                        r.contains("withheld") && r.endsWith("| ")), // state column empty: complete
        () -> rows("messages.table").toString());
    int unheard = rows("messages.table").size(); // none played yet
    assertThat(SwingRobot.onEdt(frame::getTitle))
        .as("Erika, sent to voicemail, is on the call-back list too")
        .startsWith("Vorzimmer — " + unheard + " unheard");
    SwingRobot.runOnEdt(
        () -> {
          JTable table = SwingRobot.find(frame, "messages.table", JTable.class).orElseThrow();
          for (int r = 0; r < table.getRowCount(); r++) {
            if (String.valueOf(table.getValueAt(r, 4)).contains("withheld")) {
              table.setRowSelectionInterval(r, r);
            }
          }
          SwingRobot.find(frame, "messages.play", JButton.class).orElseThrow().doClick();
        });
    // Xvfb machines usually have no sound device: the window must say so plainly (or play).
    robot.await(
        "play answered",
        WAIT,
        () ->
            text("status.notice").startsWith("No sound device")
                || text("status.notice").startsWith("Playing"),
        () -> text("status.notice"));
    SwingRobot.screenshot(frame, "03-messages");
    showTab(0);
  }

  @Test
  @Order(5)
  void blockingANumberFromItsCallRowTurnsItsNextCallAway() throws Exception {
    showTab(0);
    assertCall(
        caller()
            .from(STRANGER, "")
            .expectAnswerThenHangUpAfter(500)
            .callTo("127.0.0.1", kamailio.trunkPort()));
    robot.await(
        "stranger in the log",
        WAIT,
        () -> rows("calls.list").stream().anyMatch(r -> r.contains("0170 1234567")),
        () -> rows("calls.list").toString());
    SwingRobot.runOnEdt(
        () -> {
          selectCall("0170 1234567");
          SwingRobot.find(frame, "calls.block", JButton.class).orElseThrow().doClick();
        });
    robot.await(
        "blocked notice",
        WAIT,
        () -> text("status.notice").equals("Blocked " + STRANGER),
        () -> text("status.notice"));
    assertCall(
        caller().from(STRANGER, "").expectStatus(603).callTo("127.0.0.1", kamailio.trunkPort()));
    robot.await(
        "rejected call in the log",
        WAIT,
        () ->
            rows("calls.list").stream()
                .anyMatch(r -> r.startsWith("Rejected") && r.contains("0170 1234567")),
        () -> rows("calls.list").toString());
    SwingRobot.screenshot(frame, "04-calls");
  }

  @Test
  @Order(5)
  void addingACallersNumberToContactsFromItsCallRowNamesItInTheLog() throws Exception {
    showTab(0);
    String caller = "+4989555666";
    assertCall(
        caller()
            .from(caller, "")
            .expectAnswerThenHangUpAfter(500)
            .callTo("127.0.0.1", kamailio.trunkPort()));
    robot.await(
        "caller in the log",
        WAIT,
        () -> rows("calls.list").stream().anyMatch(r -> r.contains("089 555666")),
        () -> rows("calls.list").toString());
    JButton add =
        SwingRobot.onEdt(
            () -> {
              selectCall("089 555666");
              return SwingRobot.find(frame, "calls.addContact", JButton.class).orElseThrow();
            });
    javax.swing.SwingUtilities.invokeLater(add::doClick); // a modal dialog: do not wait for it
    robot.await(
        "contact dialog",
        WAIT,
        () -> SwingRobot.find(frame, "contact.name", JTextField.class).isPresent(),
        () -> "no dialog");
    SwingRobot.runOnEdt(
        () -> {
          assertThat(
                  SwingRobot.find(frame, "contact.number.0", JTextField.class)
                      .orElseThrow()
                      .getText())
              .contains("555666");
          SwingRobot.find(frame, "contact.name", JTextField.class)
              .orElseThrow()
              .setText("Max Handwerker");
          SwingRobot.find(frame, "contact.save", JButton.class).orElseThrow().doClick();
        });
    robot.await(
        "the call row shows the new contact",
        WAIT,
        () -> rows("calls.list").stream().anyMatch(r -> r.contains("Max Handwerker")),
        () -> rows("calls.list").toString());
    assertThat(
            phone
                .screening()
                .screener()
                .dryRun(dev.vorzimmer.screening.Caller.of(caller))
                .verdict())
        .isEqualTo(dev.vorzimmer.screening.Verdict.RING);
  }

  @Test
  @Order(6)
  void checkANumberShowsTheVerdictAsYouType() throws Exception {
    showTab(2);
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.number", JTextField.class)
                .orElseThrow()
                .setText("0170 1234567"));
    robot.await(
        "rejected verdict",
        WAIT,
        () -> text("rules.verdict").startsWith("Rejected"),
        () -> text("rules.verdict"));
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "rules.reasons", JTextArea.class)
                        .orElseThrow()
                        .getText()))
        .contains("block");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.number", JTextField.class)
                .orElseThrow()
                .setText("030 1234567"));
    robot.await(
        "ring verdict",
        WAIT,
        () -> text("rules.verdict").startsWith("Rings"),
        () -> text("rules.verdict"));
    SwingRobot.screenshot(frame, "05-rules");
    showTab(0);
    SwingRobot.screenshot(frame, "main");
  }

  @Test
  @Order(7)
  void contactsCanBeSearched() throws Exception {
    showTab(3);
    robot.await(
        "Erika listed", WAIT, () -> contactCount() == 1, () -> "contacts: " + contactCount());
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "contacts.search", JTextField.class)
                .orElseThrow()
                .setText("nobody"));
    robot.await(
        "search empties the list",
        WAIT,
        () -> contactCount() == 0,
        () -> "contacts: " + contactCount());
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "contacts.search", JTextField.class)
                .orElseThrow()
                .setText("musterm"));
    robot.await(
        "search finds Erika", WAIT, () -> contactCount() == 1, () -> "contacts: " + contactCount());
  }

  @Test
  @Order(8)
  void theViewMenuSwitchesToTheDarkLook() throws Exception {
    showTab(0);
    SwingRobot.runOnEdt(
        () -> {
          JMenu view = frame.getJMenuBar().getMenu(2);
          for (int i = 0; i < view.getItemCount(); i++) {
            if ("menu.theme.dark".equals(view.getItem(i).getName())) {
              view.getItem(i).doClick();
            }
          }
        });
    assertThat(SwingRobot.onEdt(() -> UIManager.getLookAndFeel().getName()))
        .containsIgnoringCase("dark");
    SwingRobot.screenshot(frame, "07-dark");
  }

  private int contactCount() throws Exception {
    return SwingRobot.onEdt(
        () ->
            SwingRobot.find(frame, "contacts.list", JList.class)
                .orElseThrow()
                .getModel()
                .getSize());
  }
}
