package dev.vorzimmer.ui.common;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A settings section: a heading, then label/field rows (with an inline problem line under a field).
 * EDT only.
 */
public final class FormGrid {
  private final JPanel panel = new JPanel(new GridBagLayout());
  private int row;

  public FormGrid(String title) {
    panel.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
    panel.setAlignmentX(Component.LEFT_ALIGNMENT);
    JLabel heading = new JLabel(title);
    heading.putClientProperty("FlatLaf.styleClass", "h3");
    span(heading);
    GridBagConstraints rest = constraints(2); // the free space right of the fields
    rest.weightx = 1;
    panel.add(javax.swing.Box.createHorizontalGlue(), rest);
  }

  public JPanel panel() {
    return panel;
  }

  /** A labelled field. */
  public void row(String label, JComponent field) {
    JLabel l = new JLabel(label);
    l.setLabelFor(field);
    GridBagConstraints c = constraints(0);
    c.anchor = GridBagConstraints.LINE_START;
    panel.add(l, c);
    GridBagConstraints f = constraints(1);
    f.fill = GridBagConstraints.HORIZONTAL;
    panel.add(field, f);
    row++;
  }

  /** A labelled field with its (initially hidden) problem line below it. */
  public void row(String label, JComponent field, JLabel problem) {
    row(label, field);
    problem.setVisible(false);
    warn(problem, true);
    GridBagConstraints c = constraints(1);
    c.anchor = GridBagConstraints.LINE_START;
    c.gridwidth = 2;
    c.insets = new Insets(0, 6, 4, 0);
    panel.add(problem, c);
    row++;
  }

  /** A component over the whole width. */
  public void span(JComponent component) {
    GridBagConstraints c = constraints(0);
    c.gridwidth = 3;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    panel.add(component, c);
    row++;
  }

  /** A row of buttons (left aligned) over the whole width. */
  public void buttons(JComponent... buttons) {
    JPanel bar = new JPanel(new WrapLayout(0, 0));
    for (JComponent b : buttons) {
      bar.add(b);
      bar.add(javax.swing.Box.createHorizontalStrut(8));
    }
    span(bar);
  }

  /** A read-only, wrapping, selectable text for results and explanations. */
  public static JTextArea note(String name) {
    JTextArea text = new JTextArea(1, 40);
    text.setName(name);
    text.setEditable(false);
    text.setOpaque(false);
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    text.setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 0));
    return text;
  }

  /** Shows an error line in the warning colour, or clears it (null). */
  public static void problem(JLabel line, String text) {
    line.setText(text == null ? "" : text);
    line.setVisible(text != null);
  }

  /** Colours a result note: the warning colour for a problem, the normal text colour otherwise. */
  public static void result(JTextArea note, String text, boolean bad) {
    note.setText(text);
    warn(note, bad);
  }

  /**
   * Shows {@code c}'s text in the look's warning colour (or its normal one); as a style, so it is
   * looked up again when the theme switches.
   */
  public static void warn(JComponent c, boolean bad) {
    c.putClientProperty("FlatLaf.style", bad ? "foreground: $Actions.Red" : null);
    if (!bad) {
      c.setForeground(
          UIManager.getColor(c instanceof JLabel ? "Label.foreground" : "TextArea.foreground"));
    }
  }

  private GridBagConstraints constraints(int column) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = column;
    c.gridy = row;
    c.insets = new Insets(3, column == 0 ? 0 : 6, 3, 0);
    return c;
  }
}
