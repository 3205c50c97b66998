package dev.vorzimmer.ui.common;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.view.PhoneView;
import dev.vorzimmer.app.view.Stores;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.HierarchyEvent;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * What every tab and dialog shares: the phone's narrow interfaces ({@link PhoneView}, never the
 * phone itself), the strings, the background executor, the phone's folders.
 */
public record UiContext(
    PhoneView phone,
    Texts texts,
    UiExecutor work,
    ZoneId zone,
    UiProbe probe,
    Consumer<String> notice,
    AppHome home,
    BiConsumer<String, Runnable> undoable) {

  /** A context whose undo offers show as plain notices (no Undo button). */
  public UiContext(
      PhoneView phone,
      Texts texts,
      UiExecutor work,
      ZoneId zone,
      UiProbe probe,
      Consumer<String> notice,
      AppHome home) {
    this(phone, texts, work, zone, probe, notice, home, (text, undo) -> notice.accept(text));
  }

  /** The parts of the store the views read and edit. */
  public Stores store() {
    return phone.store();
  }

  /**
   * Shows a failure of a background command to the user, over {@code parent}'s window; EDT only.
   */
  public void showError(Component parent, Throwable failure) {
    JOptionPane pane =
        new JOptionPane(ErrorText.component(texts, failure), JOptionPane.ERROR_MESSAGE);
    pane.setName("error");
    pane.addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && pane.isShowing()) {
            probe.changed();
          }
        });
    Component owner = parent instanceof Window ? parent : SwingUtilities.getWindowAncestor(parent);
    JDialog dialog = pane.createDialog(owner, texts.get("error.title"));
    dialog.setVisible(true); // modal: returns when closed
    dialog.dispose();
  }

  /**
   * Shows a short notice in the status bar with an Undo button that runs {@code undo} (for {@link
   * UndoBar#SECONDS} seconds); EDT only.
   */
  public void informWithUndo(String text, Runnable undo) {
    undoable.accept(text, undo);
    probe.changed();
  }

  /** Shows a short notice in the status bar; EDT only. */
  public void inform(String text) {
    notice.accept(text);
    probe.changed();
  }
}
