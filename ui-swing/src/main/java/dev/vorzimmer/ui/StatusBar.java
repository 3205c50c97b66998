package dev.vorzimmer.ui;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UndoBar;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import javax.swing.border.EmptyBorder;

/**
 * The window's bottom: the line's state (cut short with its full text as tooltip when narrow), the
 * first-run hint and Re-register in one row; the latest notice in a row of its own above (cut short
 * with its full text as tooltip when it is longer than the window is wide). EDT only.
 */
final class StatusBar {
  private final Texts texts;
  private final JLabel status = new JLabel(" ");
  private final JLabel notice = new JLabel(" ");
  private final UndoBar undoBar;

  /** The latest state of each line (shared model with the tray). */
  private final LineStates lines;

  /**
   * @param phoneLines with several, each line's state is shown side by side under its name (else
   *     only the latest state)
   */
  StatusBar(Texts texts, dev.vorzimmer.app.view.Lines phoneLines) {
    this.texts = texts;
    this.lines = LineStates.of(phoneLines);
    this.undoBar = new UndoBar(notice, texts);
  }

  /** The bar with {@code extra} (do not disturb) left of Re-register. */
  JPanel build(JComponent hint, Runnable reRegister, JComponent extra) {
    JPanel bar = new JPanel(new BorderLayout(12, 0));
    bar.setBorder(new TopLine());
    status.setName("status");
    status.setMinimumSize(new Dimension(0, 0));
    notice.setName("status.notice");
    notice.setMinimumSize(new Dimension(0, 0));
    undoBar.component().setVisible(false);
    JButton again = new JButton(texts.get("action.reRegister"), Icons.get("refresh", 14));
    again.setName("status.reRegister");
    again.putClientProperty("JButton.buttonType", "toolBarButton");
    again.addActionListener(e -> reRegister.run());
    JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
    right.setOpaque(false);
    right.add(hint);
    right.add(extra);
    right.add(again);
    bar.add(undoBar.component(), BorderLayout.NORTH);
    bar.add(status, BorderLayout.CENTER);
    bar.add(right, BorderLayout.EAST);
    return bar;
  }

  /** Shows the line's state; a problem in the warning colour. */
  void line(RegistrationEvent e) {
    lines.update(e); // several lines: one state each, side by side, "Office: Registered …"
    status.setText(lines.oneLine(texts));
    status.setToolTipText(status.getText());
    FormGrid.warn(status, lines.anyProblem());
  }

  void notice(String text) {
    undoBar.notice(text);
    undoBar.component().setVisible(text != null && !text.isBlank());
  }

  /** Shows {@code text} with Undo for {@link UndoBar#SECONDS} s. */
  void offer(String text, Runnable undo) {
    undoBar.offer(text, undo);
    undoBar.component().setVisible(true);
  }

  /**
   * Padding and a one-pixel line on top in the current look's border colour (follows theme
   * switches).
   */
  private static final class TopLine extends EmptyBorder {
    private static final long serialVersionUID = 1L;

    TopLine() {
      super(5, 10, 4, 6);
    }

    @Override
    public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
      g.setColor(UIManager.getColor("Component.borderColor"));
      g.fillRect(x, y, width, 1);
    }
  }
}
