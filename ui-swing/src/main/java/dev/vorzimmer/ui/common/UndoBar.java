package dev.vorzimmer.ui.common;

import java.awt.BorderLayout;
import java.awt.Component;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * The status bar's notice, with an Undo button for {@link #SECONDS} seconds after a change that can
 * be taken back (block, allow). EDT only.
 */
public final class UndoBar {
  /** How long Undo is offered. */
  public static final int SECONDS = 10;

  private final JPanel panel = new JPanel(new BorderLayout(8, 0));
  private final JLabel notice;
  private final JButton undo;
  private final Timer expiry;
  private Runnable pending;

  public UndoBar(JLabel notice, Texts texts) {
    this.notice = notice;
    this.undo = new JButton(texts.get("action.undo"));
    undo.setName("status.undo");
    undo.putClientProperty("JButton.buttonType", "toolBarButton");
    undo.setVisible(false);
    undo.addActionListener(e -> runUndo());
    expiry = new Timer(SECONDS * 1000, e -> clear());
    expiry.setRepeats(false);
    panel.setOpaque(false);
    panel.add(notice, BorderLayout.CENTER);
    panel.add(undo, BorderLayout.EAST);
  }

  public Component component() {
    return panel;
  }

  /** A plain notice: any offered undo goes away. */
  public void notice(String text) {
    clear();
    show(text);
  }

  /** Shows {@code text} with Undo, which runs {@code action} once if clicked within the time. */
  public void offer(String text, Runnable action) {
    show(text);
    pending = action;
    undo.setVisible(true);
    expiry.restart();
    panel.revalidate();
  }

  private void show(String text) {
    notice.setText(text);
    notice.setToolTipText(text);
  }

  private void runUndo() {
    Runnable action = pending;
    clear();
    if (action != null) {
      action.run();
    }
  }

  private void clear() {
    expiry.stop();
    pending = null;
    undo.setVisible(false);
    panel.revalidate();
  }
}
