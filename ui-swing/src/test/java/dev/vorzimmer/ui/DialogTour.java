package dev.vorzimmer.ui;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * Opens every dialog and side panel of a real window one after the other and hands each, while it
 * shows, to a {@link Visit}: the Why? panel, the block-range question, the call-back risk question,
 * the contact dialog, the vCard file chooser, the record-greeting dialog, an error dialog and the
 * set-up assistant's pages (each provider's hint, the test page with its result, the last page).
 * The window's store must hold the calls of {@link #seed}.
 */
final class DialogTour {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String STRANGER = "+4917155501234";
  static final String PREMIUM = "+499001234567";

  /** Told about each view while it shows; {@code window} is the dialog or the main frame. */
  interface Visit {
    void seen(Window window, String view) throws Exception;
  }

  private final LocalPhoneWindow w;
  private final Visit visit;

  private DialogTour(LocalPhoneWindow w, Visit visit) {
    this.w = w;
    this.visit = visit;
  }

  /** A stranger's unanswered mobile call and a call from a premium-rate number. */
  static void seed(ScreeningStore store) {
    Instant now = Instant.now();
    store
        .callLog()
        .logCall(
            now.minusSeconds(120),
            PREMIUM,
            Optional.of(PREMIUM),
            "",
            "VOICEMAIL",
            List.of(Reason.of("unknown")),
            "missed");
    store
        .callLog()
        .logCall(
            now.minusSeconds(60),
            STRANGER,
            Optional.of(STRANGER),
            "",
            "VOICEMAIL",
            List.of(
                Reason.of("caller", "line", "MOBILE", "country", "DE"),
                Reason.of("unanswered", "seconds", 25)),
            "unanswered");
  }

  /** Opens each dialog of {@code w} in turn, visits it and closes it again. */
  static void walk(LocalPhoneWindow w, Visit visit) throws Exception {
    DialogTour tour = new DialogTour(w, visit);
    tour.callDialogs();
    tour.contactDialogs();
    tour.recordDialog();
    tour.errorDialog();
    tour.setupPages();
    w.showTab(0);
  }

  private void callDialogs() throws Exception {
    w.showTab(0);
    w.robot.await(
        "calls listed",
        WAIT,
        () -> indexOf(STRANGER.substring(3, 8)) >= 0 && indexOf("0900") >= 0,
        () -> "the call list is not filled");
    select(STRANGER.substring(3, 8));
    SwingRobot.runOnEdt(
        () -> {
          JList<?> list = SwingRobot.find(w.frame, "calls.list", JList.class).orElseThrow();
          list.getActionMap()
              .get("calls.why")
              .actionPerformed(new ActionEvent(list, ActionEvent.ACTION_PERFORMED, "calls.why"));
        });
    await("calls.whyPanel", Component.class);
    visit.seen(w.frame, "why");
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(w.frame, "why.close", JButton.class).orElseThrow().doClick());

    clickLater("calls.blockRange");
    answer(await("calls.rangeConfirm", JOptionPane.class), "range", JOptionPane.CANCEL_OPTION);

    select("0900");
    clickLater("calls.callBack");
    JOptionPane risk = await("callBack.riskConfirm", JOptionPane.class);
    answer(risk, "risk", SwingRobot.onEdt(() -> risk.getOptions()[1]));
  }

  private void contactDialogs() throws Exception {
    w.showTab(3);
    clickLater("contacts.add");
    JDialog contact = await("contact.dialog", JDialog.class);
    visit.seen(contact, "contact");
    SwingRobot.runOnEdt(contact::dispose);

    clickLater("contacts.import");
    JFileChooser chooser = await("contacts.importChooser", JFileChooser.class);
    java.io.File empty = java.nio.file.Files.createTempDirectory("vz-chooser").toFile();
    SwingRobot.runOnEdt(() -> chooser.setCurrentDirectory(empty)); // no user's file names
    visit.seen(SwingRobot.onEdt(() -> SwingUtilities.getWindowAncestor(chooser)), "chooser");
    SwingRobot.runOnEdt(chooser::cancelSelection);
  }

  /** The Greetings page's Record button opens the dialog (enabled here: Xvfb has no microphone). */
  private void recordDialog() throws Exception {
    w.showTab(4);
    AbstractButton record =
        SwingRobot.onEdt(() -> named(w.frame, "greetings.", ".record").orElseThrow());
    SwingUtilities.invokeLater(
        () -> {
          record.setEnabled(true);
          record.doClick();
        });
    JDialog dialog = await("record.dialog", JDialog.class);
    visit.seen(dialog, "record");
    SwingRobot.runOnEdt(dialog::dispose);
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(w.frame, "settings.pages", JTabbedPane.class)
                .ifPresent(p -> p.setSelectedIndex(0)));
  }

  /** A failed background command: the error dialog's title, sentence and button. */
  private void errorDialog() throws Exception {
    SwingUtilities.invokeLater(
        () -> w.ui.window().context().showError(w.frame, new IOException("/tmp/vz: 28")));
    JOptionPane pane = await("error", JOptionPane.class);
    answer(pane, "error", JOptionPane.OK_OPTION);
  }

  /** Every provider's hint, and the test page while it tests. */
  private void setupPages() throws Exception {
    SwingRobot.runOnEdt(w.ui.window()::openSetup);
    JDialog setup = SwingRobot.get(w.frame, "setup", JDialog.class);
    @SuppressWarnings("unchecked")
    JComboBox<Object> provider = SwingRobot.get(setup, "setup.provider", JComboBox.class);
    int providers = SwingRobot.onEdt(provider::getItemCount);
    for (int i = 0; i < providers; i++) {
      int index = i;
      SwingRobot.runOnEdt(() -> provider.setSelectedIndex(index));
      visit.seen(setup, "setup-" + i);
    }
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(setup, "setup.next", JButton.class).orElseThrow().doClick());
    visit.seen(setup, "setup-problems");
    type(setup, "setup.user", "alice");
    type(setup, "setup.domain", "example.invalid");
    type(setup, "setup.registrar", "127.0.0.1:9");
    type(setup, "setup.password", "x");
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(setup, "setup.next", JButton.class).orElseThrow().doClick());
    w.robot.await(
        "the test page",
        WAIT,
        () -> SwingRobot.find(setup, "setup.back", JButton.class).isPresent(),
        () -> "not on the test page");
    visit.seen(setup, "setup-test");
    SwingRobot.runOnEdt(setup::dispose);
  }

  private static void type(Container root, String name, String text) throws Exception {
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(root, name, JTextField.class).orElseThrow().setText(text));
  }

  private void answer(JOptionPane pane, String view, Object value) throws Exception {
    visit.seen(SwingRobot.onEdt(() -> SwingUtilities.getWindowAncestor(pane)), view);
    SwingRobot.runOnEdt(() -> pane.setValue(value));
    w.robot.await("closed " + view, WAIT, () -> !pane.isShowing(), () -> "still open");
  }

  private <T extends Component> T await(String name, Class<T> type) throws Exception {
    w.robot.await(
        name, WAIT, () -> SwingRobot.find(w.frame, name, type).isPresent(), () -> "not shown");
    return SwingRobot.onEdt(() -> SwingRobot.find(w.frame, name, type).orElseThrow());
  }

  /** Clicks the showing button {@code name} later: it may open a modal dialog. */
  private void clickLater(String name) throws Exception {
    JButton b = SwingRobot.get(w.frame, name, JButton.class);
    SwingUtilities.invokeLater(b::doClick);
  }

  private void select(String text) throws Exception {
    int i = SwingRobot.onEdt(() -> indexOf(text));
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(w.frame, "calls.list", JList.class).orElseThrow().setSelectedIndex(i));
  }

  /** The first row of the call list whose item mentions {@code text} (digits of the number). */
  private int indexOf(String text) {
    JList<?> list = SwingRobot.find(w.frame, "calls.list", JList.class).orElseThrow();
    for (int i = 0; i < list.getModel().getSize(); i++) {
      if (String.valueOf(list.getModel().getElementAt(i)).replace(" ", "").contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<AbstractButton> named(Component c, String prefix, String suffix) {
    if (c instanceof AbstractButton b
        && b.getName() != null
        && b.getName().startsWith(prefix)
        && b.getName().endsWith(suffix)) {
      return Optional.of(b);
    }
    if (c instanceof Container parent) {
      for (Component child : parent.getComponents()) {
        Optional<AbstractButton> hit = named(child, prefix, suffix);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }
}
