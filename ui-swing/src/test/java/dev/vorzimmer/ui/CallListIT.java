package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.DoNotDisturb;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.ui.messages.TestWavs;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The call list of the real window under Xvfb, on a phone assembled as a local line whose store
 * holds three calls: a favourite who rang out (missed), a stranger's 42 s message, and yesterday a
 * caller who hung up during the greeting. Driven like a user: keys, buttons, the range question,
 * Undo, the call-back list and do not disturb.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallListIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ERIKA = "+49301234567";
  private static final String STRANGER = "+4917155501234";
  private static final String YESTERDAY = "+4989555666";
  private LocalPhoneWindow window;
  private ScreeningStore store;
  private SwingRobot robot;
  private JFrame frame;

  @BeforeAll
  void start() throws Exception {
    window = LocalPhoneWindow.assemble("vz-calllist-it", "\n[screening]\nregion = \"DE\"\n");
    store = window.phone.screening().store();
    seed(window.work);
    window.open();
    robot = window.robot;
    frame = window.frame;
  }

  private void seed(Path work) throws Exception {
    store
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of(ERIKA), Optional.empty(), true));
    Instant now = Instant.now();
    Instant yesterday = now.minus(Duration.ofDays(1));
    store
        .callLog()
        .logCall(
            yesterday,
            YESTERDAY,
            Optional.of(YESTERDAY),
            "",
            "VOICEMAIL",
            List.of(Reason.legacy("landline number, Germany"), Reason.legacy("unknown number")),
            "voicemail");
    long msgCall =
        store
            .callLog()
            .logCall(
                now.minusSeconds(2),
                STRANGER,
                Optional.of(STRANGER),
                "",
                "VOICEMAIL",
                List.of(Reason.legacy("mobile number, Germany"), Reason.legacy("unknown number")),
                "ringing");
    Path wav = TestWavs.write(work.resolve("m.wav"), TestWavs.sine(300, 42, 8000), 8000, 1);
    long m =
        store
            .messages()
            .create(
                now.minusSeconds(2), STRANGER, "", List.of(Reason.legacy("unknown number")), wav);
    store.messages().complete(m, Duration.ofSeconds(42));
    store.callLog().updateOutcome(msgCall, "voicemail", Optional.of(m));
    store
        .callLog()
        .logCall(
            now.minusSeconds(1),
            ERIKA,
            Optional.of(ERIKA),
            "Erika",
            "RING",
            List.of(
                Reason.of("caller", "line", "FIXED", "country", "DE"),
                Reason.of("contact.favourite", "name", "Erika Mustermann"),
                Reason.of("unanswered", "seconds", 25)),
            "unanswered");
  }

  @AfterAll
  void stop() {
    window.close();
  }

  private List<String> items() throws Exception {
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

  private int indexOf(String text) throws Exception {
    List<String> all = items();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains(" | ") && all.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private void select(String text) throws Exception {
    int i = indexOf(text);
    assertThat(i).as(text + " in " + items()).isNotNegative();
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "calls.list", JList.class).orElseThrow().setSelectedIndex(i));
  }

  private void key(String action) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JList<?> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          list.getActionMap()
              .get(action)
              .actionPerformed(new ActionEvent(list, ActionEvent.ACTION_PERFORMED, action));
        });
  }

  private void click(String name) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, name, javax.swing.AbstractButton.class).orElseThrow().doClick());
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () ->
            SwingRobot.find(frame, name, Component.class)
                .map(
                    c ->
                        c instanceof JLabel l
                            ? l.getText()
                            : c instanceof JTextArea a
                                ? a.getText()
                                : c instanceof javax.swing.AbstractButton b ? b.getText() : "")
                .orElse("<none>"));
  }

  @Test
  @Order(1)
  void callsStandUnderDateHeadersAndAMissedFavouriteIsRed() throws Exception {
    robot.await(
        "three calls", WAIT, () -> indexOf("hung up during the greeting") >= 0, this::itemsText);
    List<String> all = items();
    assertThat(all.get(0)).isEqualTo("Today");
    assertThat(all.get(1)).contains("Erika Mustermann").endsWith("| missed");
    assertThat(all.get(2)).contains("0171 55501234").endsWith("| message 0:42");
    assertThat(all.get(3)).isEqualTo("Yesterday");
    assertThat(all.get(4)).contains("089 555666").endsWith("| hung up during the greeting");
    Color red = UIManager.getColor("Actions.Red");
    Color erika = SwingRobot.onEdt(() -> nameColour(1));
    Color stranger = SwingRobot.onEdt(() -> nameColour(2));
    assertThat(erika).as("the missed call's name").isEqualTo(red);
    assertThat(stranger).as("a message is not missed").isNotEqualTo(red);
    SwingRobot.screenshot(frame, "calllist-01-rows");
  }

  private String itemsText() throws Exception {
    return items().toString();
  }

  /** The colour the list paints the caller's name of item {@code index} in. */
  private Color nameColour(int index) {
    @SuppressWarnings("unchecked")
    JList<Object> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
    Component c =
        list.getCellRenderer()
            .getListCellRendererComponent(
                list, list.getModel().getElementAt(index), index, false, false);
    return labelStartingWith(
            (Container) c, list.getModel().getElementAt(index).toString().split(" \\| ")[2])
        .getForeground();
  }

  private static JLabel labelStartingWith(Container c, String text) {
    for (Component child : c.getComponents()) {
      if (child instanceof JLabel l && l.getText() != null && l.getText().startsWith(text)) {
        return l;
      }
      if (child instanceof Container inner) {
        JLabel hit = labelStartingWith(inner, text);
        if (hit != null) {
          return hit;
        }
      }
    }
    return null;
  }

  @Test
  @Order(2)
  void enterOpensWhyBesideTheListWithTheRulesInOrder() throws Exception {
    select("Erika Mustermann");
    key("calls.why");
    robot.await(
        "why panel",
        WAIT,
        () -> SwingRobot.find(frame, "calls.whyPanel", Component.class).isPresent(),
        () -> "hidden");
    assertThat(text("why.sentence"))
        .isEqualTo(
            "It rang because: favourite contact Erika Mustermann. Then: not answered within 25 s.");
    assertThat(text("why.rules"))
        .isEqualTo(
            "1. landline number, Germany\n2. favourite contact Erika Mustermann\n3. not answered within 25 s");
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "why.addContact", JButton.class)
                        .orElseThrow()
                        .isEnabled()))
        .as("already a contact")
        .isFalse();
    SwingRobot.screenshot(frame, "calllist-02-why");
    click("why.close");
    robot.await(
        "why panel closed",
        WAIT,
        () -> SwingRobot.find(frame, "calls.whyPanel", Component.class).isEmpty(),
        () -> "still shown");
  }

  @Test
  @Order(3)
  void blockRangeSaysWhatItBlocksAsksAndCanBeUndone() throws Exception {
    select("0171 55501234");
    SwingRobot.runOnEdt(
        () -> {
          JButton b = SwingRobot.find(frame, "calls.blockRange", JButton.class).orElseThrow();
          javax.swing.SwingUtilities.invokeLater(b::doClick); // a modal question: do not wait
        });
    robot.await(
        "range question",
        WAIT,
        () -> SwingRobot.find(frame, "calls.rangeConfirm", JOptionPane.class).isPresent(),
        () -> "no question");
    String question =
        SwingRobot.onEdt(
            () ->
                String.valueOf(
                    SwingRobot.find(frame, "calls.rangeConfirm", JOptionPane.class)
                        .orElseThrow()
                        .getMessage()));
    assertThat(question).contains("0171 555012xx — 100 numbers");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "calls.rangeConfirm", JOptionPane.class)
                .orElseThrow()
                .setValue(JOptionPane.OK_OPTION));
    robot.await(
        "undo offered",
        WAIT,
        () -> SwingRobot.find(frame, "status.undo", JButton.class).isPresent(),
        () -> text("status.notice"));
    assertThat(text("status.notice")).isEqualTo("Blocked 0171 555012xx — 100 numbers");
    robot.await("blocked mark", WAIT, () -> rowBlocked(STRANGER), this::itemsText);
    assertThat(store.listStore().entries(ListKind.BLOCK))
        .extracting(e -> e.pattern())
        .contains("+49171555012*");

    click("status.undo");
    robot.await("undone", WAIT, () -> !rowBlocked(STRANGER), this::itemsText);
    assertThat(store.listStore().entries(ListKind.BLOCK))
        .extracting(e -> e.pattern())
        .doesNotContain("+49171555012*");
    assertThat(text("status.notice")).startsWith("Undone:");
  }

  /** Whether the list paints the stranger's row with the blocked mark. */
  private boolean rowBlocked(String e164) throws Exception {
    int index = indexOf("0171 55501234");
    @SuppressWarnings("unchecked")
    JList<Object> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
    Component c =
        list.getCellRenderer()
            .getListCellRendererComponent(
                list, list.getModel().getElementAt(index), index, false, false);
    return labelStartingWith((Container) c, "0171 55501234").getText().endsWith("· blocked");
  }

  @Test
  @Order(4)
  void missedContactsAndMessagesFormACallBackListUntilDone() throws Exception {
    robot.await(
        "call-back count",
        WAIT,
        () -> text("calls.filter.call_back").equals("Call back (2)"),
        () -> text("calls.filter.call_back"));
    robot.await(
        "title",
        WAIT,
        () -> frame.getTitle().equals("Vorzimmer — 1 unheard · 2 to call back"),
        frame::getTitle);
    click("calls.filter.call_back");
    robot.await(
        "only the call-back list",
        WAIT,
        () -> items().stream().filter(s -> s.contains(" | ")).count() == 2,
        this::itemsText);
    select("Erika Mustermann");
    click("calls.dismiss");
    robot.await(
        "one left",
        WAIT,
        () -> text("calls.filter.call_back").equals("Call back (1)"),
        () -> text("calls.filter.call_back"));
    assertThat(items().stream().filter(s -> s.contains(" | ")))
        .singleElement()
        .asString()
        .contains("0171 55501234");
    assertThat(SwingRobot.onEdt(frame::getTitle))
        .isEqualTo("Vorzimmer — 1 unheard · 1 to call back");
    click("calls.filter.all");
  }

  @Test
  @Order(5)
  void doNotDisturbIsOneClickAndFollowsTheCommandLine() throws Exception {
    assertThat(text("status.dnd")).isEqualTo("Do not disturb");
    click("status.dnd");
    robot.await(
        "on",
        WAIT,
        () -> text("status.dnd").equals("Do not disturb is on"),
        () -> text("status.dnd"));
    assertThat(store.doNotDisturb().activeAt(Instant.now())).isTrue();
    store.doNotDisturb().set(new DoNotDisturb.Off()); // as `vorzimmer dnd off` does
    robot.await(
        "off again, read from the database",
        WAIT,
        () ->
            text("status.dnd").equals("Do not disturb")
                && !SwingRobot.find(frame, "status.dnd", JToggleButton.class)
                    .orElseThrow()
                    .isSelected(),
        () -> text("status.dnd"));
  }

  @Test
  @Order(5)
  void doNotDisturbForAnHourOrUntilAChosenTimeShowsItsEnd() throws Exception {
    Instant before = Instant.now();
    choose("dnd.choice.hour");
    robot.await(
        "on for an hour",
        WAIT,
        () -> text("status.dnd").startsWith("Do not disturb until "),
        () -> text("status.dnd"));
    DoNotDisturb.State hour = store.doNotDisturb().read();
    assertThat(hour).isInstanceOf(DoNotDisturb.On.class);
    Instant end = ((DoNotDisturb.On) hour).until().orElseThrow();
    assertThat(end).isBetween(before.plusSeconds(3599), Instant.now().plusSeconds(3601));
    assertThat(text("status.dnd")).isEqualTo("Do not disturb until " + shortTime(end));

    SwingUtilities.invokeLater(() -> item("dnd.choice.until").doClick()); // asks: modal
    robot.await(
        "the time question",
        WAIT,
        () -> SwingRobot.find(frame, "dnd.untilDialog", JOptionPane.class).isPresent(),
        () -> "no question");
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "dnd.untilTime", javax.swing.JComboBox.class)
              .orElseThrow()
              .getEditor()
              .setItem("23:59");
          SwingRobot.find(frame, "dnd.untilDialog", JOptionPane.class)
              .orElseThrow()
              .setValue(JOptionPane.OK_OPTION);
        });
    robot.await(
        "until 23:59",
        WAIT,
        () ->
            store.doNotDisturb().read() instanceof DoNotDisturb.On o
                && o.until()
                    .map(u -> u.atZone(java.time.ZoneId.systemDefault()).getMinute() == 59)
                    .orElse(false),
        () -> String.valueOf(store.doNotDisturb().read()));
    Instant late = ((DoNotDisturb.On) store.doNotDisturb().read()).until().orElseThrow();
    assertThat(late).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(1)));
    robot.await(
        "shown with its end",
        WAIT,
        () -> text("status.dnd").equals("Do not disturb until " + shortTime(late)),
        () -> text("status.dnd"));

    choose("dnd.choice.morning");
    robot.await(
        "until tomorrow morning",
        WAIT,
        () ->
            store.doNotDisturb().read() instanceof DoNotDisturb.On o
                && o.until()
                    .map(u -> u.atZone(java.time.ZoneId.systemDefault()).getHour() == 7)
                    .orElse(false),
        () -> String.valueOf(store.doNotDisturb().read()));
    choose("dnd.choice.off");
    robot.await(
        "off", WAIT, () -> text("status.dnd").equals("Do not disturb"), () -> text("status.dnd"));
    assertThat(store.doNotDisturb().activeAt(Instant.now())).isFalse();
  }

  private javax.swing.JMenuItem item(String name) {
    for (Component c : window.ui.window().dnd().choices().getComponents()) {
      if (name.equals(c.getName())) {
        return (javax.swing.JMenuItem) c;
      }
    }
    throw new AssertionError("no menu item " + name);
  }

  private void choose(String name) throws Exception {
    SwingRobot.runOnEdt(() -> item(name).doClick());
  }

  private static String shortTime(Instant t) {
    return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
        .withLocale(java.util.Locale.ENGLISH)
        .withZone(java.time.ZoneId.systemDefault())
        .format(t);
  }

  @Test
  @Order(6)
  void aRowsPlayKeyPlaysItsMessageAndMessagesShowDateLengthAndReason() throws Exception {
    select("0171 55501234");
    key("calls.play");
    robot.await(
        "messages tab",
        WAIT,
        () -> SwingRobot.find(frame, "messages.table", JTable.class).isPresent(),
        () -> "calls tab");
    List<String> rows =
        SwingRobot.onEdt(
            () -> {
              JTable t = SwingRobot.find(frame, "messages.table", JTable.class).orElseThrow();
              List<String> out = new ArrayList<>();
              for (int r = 0; r < t.getRowCount(); r++) {
                out.add(
                    t.getValueAt(r, 1) + " | " + t.getValueAt(r, 3) + " | " + t.getValueAt(r, 4));
              }
              return out;
            });
    assertThat(rows).as("the greeting hang-up is no message").hasSize(1);
    assertThat(rows.get(0)).startsWith("Today, ").endsWith("| 0:42 | unknown number");
    robot.await(
        "playing, or said in place that there is no sound device",
        WAIT,
        () ->
            text("messages.play").equals("Pause")
                || text("messages.playerProblem").startsWith("No sound device"),
        () -> text("messages.play") + " / " + text("messages.playerProblem"));
    SwingRobot.screenshot(frame, "calllist-03-messages");
  }

  @Test
  @Order(7)
  void hoverShowsCallBackAndBlockOnTheRowAndAClickThereBlocksWithUndo() throws Exception {
    window.showTab(0);
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "calls.list", JList.class).orElseThrow().clearSelection());
    int index = indexOf("0171 55501234");
    int other = indexOf("Erika Mustermann");
    assertThat(tooltips(index)).doesNotContain("Block number", "Call back");
    java.awt.Rectangle cell =
        SwingRobot.onEdt(
            () ->
                SwingRobot.find(frame, "calls.list", JList.class)
                    .orElseThrow()
                    .getCellBounds(index, index));
    mouse(java.awt.event.MouseEvent.MOUSE_MOVED, cell.x + cell.width / 2, cell.y + 5);
    assertThat(tooltips(index)).as("hovered row").contains("Block number", "Call back");
    assertThat(tooltips(other)).as("another row").doesNotContain("Block number");
    assertThat(
            SwingRobot.onEdt(
                () ->
                    java.util.Arrays.stream(
                            SwingRobot.find(frame, "calls.list", JList.class)
                                .orElseThrow()
                                .getComponentPopupMenu()
                                .getComponents())
                        .map(Component::getName)
                        .toList()))
        .as("everything also in the context menu")
        .contains("calls.menu.play", "calls.menu.callBack", "calls.menu.block");

    int blockX = cell.x + cell.width - 6 - 36 - 10; // left of the 36 px play slot: Block
    mouse(java.awt.event.MouseEvent.MOUSE_CLICKED, blockX, cell.y + cell.height / 2);
    robot.await("blocked mark", WAIT, () -> rowBlocked(STRANGER), this::itemsText);
    assertThat(text("status.notice")).isEqualTo("Blocked " + STRANGER);
    click("status.undo");
    robot.await("undone", WAIT, () -> !rowBlocked(STRANGER), this::itemsText);
    mouse(java.awt.event.MouseEvent.MOUSE_EXITED, 0, 0);
  }

  private void mouse(int id, int x, int y) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          JList<?> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          list.dispatchEvent(
              new java.awt.event.MouseEvent(
                  list,
                  id,
                  System.currentTimeMillis(),
                  0,
                  x,
                  y,
                  1,
                  false,
                  java.awt.event.MouseEvent.BUTTON1));
        });
  }

  /** The tooltips of row {@code index} as its renderer draws it now (not selected). */
  private List<String> tooltips(int index) throws Exception {
    return SwingRobot.onEdt(
        () -> {
          @SuppressWarnings("unchecked")
          JList<Object> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          Component c =
              list.getCellRenderer()
                  .getListCellRendererComponent(
                      list, list.getModel().getElementAt(index), index, false, false);
          List<String> out = new ArrayList<>();
          collectTips(c, out);
          return out;
        });
  }

  private static void collectTips(Component c, List<String> out) {
    if (c instanceof javax.swing.JComponent j && j.getToolTipText() != null) {
      out.add(j.getToolTipText());
    }
    if (c instanceof Container inner) {
      for (Component child : inner.getComponents()) {
        collectTips(child, out);
      }
    }
  }
}
