package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.OnChange;
import dev.vorzimmer.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;

/**
 * The number fields of the contact form: one row per number with an inline hint under it — the
 * number as it will be shown once recognised, or a red error once the user leaves a field that is
 * not a phone number. Rows can be added and removed. EDT only.
 */
final class NumberRows {
  private final Texts texts;
  private final Function<String, Optional<String>> normaliser;
  private final Function<String, String> display;
  private final JPanel rows = new JPanel();
  private final JPanel panel = new JPanel(new BorderLayout(0, 4));
  private final List<JTextField> fields = new ArrayList<>();
  private final List<JLabel> hints = new ArrayList<>();

  /**
   * @param normaliser what the user typed → E.164 (the phone's {@code NumberInput})
   * @param display E.164 → the number as shown ({@code 030 1234567})
   */
  NumberRows(
      Texts texts,
      Function<String, Optional<String>> normaliser,
      Function<String, String> display) {
    this.texts = texts;
    this.normaliser = normaliser;
    this.display = display;
    rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
    JButton add = new JButton(texts.get("contacts.addNumber"));
    add.setName("contact.number.add");
    add.addActionListener(
        e -> {
          List<String> now = values();
          now.add("");
          set(now);
          fields.get(fields.size() - 1).requestFocusInWindow();
        });
    JPanel addRow = new JPanel(new BorderLayout());
    addRow.add(add, BorderLayout.WEST);
    panel.add(rows, BorderLayout.CENTER);
    panel.add(addRow, BorderLayout.SOUTH);
  }

  JComponent component() {
    return panel;
  }

  /** Replaces all rows with {@code numbers} (at least one, possibly empty, row). */
  void set(List<String> numbers) {
    rows.removeAll();
    fields.clear();
    hints.clear();
    List<String> shown = numbers.isEmpty() ? List.of("") : numbers;
    for (int i = 0; i < shown.size(); i++) {
      rows.add(row(i, shown.get(i)));
    }
    rows.revalidate();
    rows.repaint();
    java.awt.Window w = javax.swing.SwingUtilities.getWindowAncestor(panel);
    if (w != null) {
      w.pack();
    }
  }

  /** The numbers as typed, in row order. */
  List<String> values() {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(f.getText()));
    return out;
  }

  /** Shows every row's check, errors included (after the user pressed Save). */
  void showChecks() {
    for (int i = 0; i < fields.size(); i++) {
      hint(i, true);
    }
  }

  private JPanel row(int index, String text) {
    JTextField field = new JTextField(text, 18);
    field.setName("contact.number." + index);
    field.putClientProperty("JTextField.placeholderText", texts.get("contacts.numberPlaceholder"));
    JLabel hint = new JLabel(" ");
    hint.setName("contact.number." + index + ".hint");
    hint.setFont(hint.getFont().deriveFont(hint.getFont().getSize2D() - 1f));
    fields.add(field);
    hints.add(hint);
    field.getDocument().addDocumentListener(new OnChange(() -> hint(index, false)));
    field.addFocusListener(
        new FocusAdapter() {
          @Override
          public void focusLost(FocusEvent e) {
            ContactDraft.checkNumber(field.getText(), normaliser)
                .e164()
                .map(display)
                .ifPresent(field::setText);
            hint(index, true);
          }
        });
    JButton remove = new JButton("✕");
    remove.setName("contact.number." + index + ".remove");
    remove.setToolTipText(texts.get("contacts.removeNumber"));
    remove.putClientProperty("JButton.buttonType", "toolBarButton");
    remove.addActionListener(
        e -> {
          List<String> now = values();
          now.remove(index);
          set(now);
        });
    JPanel line = new JPanel(new BorderLayout(4, 0));
    line.add(field, BorderLayout.CENTER);
    line.add(remove, BorderLayout.EAST);
    JPanel box = new JPanel(new BorderLayout(0, 1));
    box.add(line, BorderLayout.NORTH);
    box.add(hint, BorderLayout.SOUTH);
    hint(index, false);
    return box;
  }

  private void hint(int index, boolean withErrors) {
    ContactDraft.NumberCheck check =
        ContactDraft.checkNumber(fields.get(index).getText(), normaliser);
    JLabel hint = hints.get(index);
    if (check.e164().isPresent()) {
      hint.setText("✓ " + display.apply(check.e164().get()));
      FormGrid.warn(hint, false);
      hint.setForeground(UIManager.getColor("Label.disabledForeground"));
    } else if (!check.blank() && (withErrors || cannotBecomeANumber(check.raw()))) {
      hint.setText(texts.get("contacts.badNumber", check.raw().strip()));
      FormGrid.warn(hint, true);
    } else {
      hint.setText(" ");
    }
  }

  /** Letters and the like: flagged while typing, not only when the field is left. */
  static boolean cannotBecomeANumber(String raw) {
    return !raw.strip().matches("[0-9+()/.\\-\\s]*");
  }
}
