package dev.vorzimmer.ui.incall;

import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/**
 * The in-call keypad: twelve buttons 1–9, *, 0, # and the same characters typed on the keyboard
 * anywhere in the view's window. Each press goes to {@code onDigit} only while the keypad is
 * enabled.
 */
final class InCallKeypad {
  private static final String KEYS = "123456789*0#";
  private final JPanel panel = new JPanel(new GridLayout(4, 3, 6, 6));
  private final List<JButton> buttons = new ArrayList<>();
  private boolean enabled;

  InCallKeypad(Consumer<Character> onDigit) {
    panel.setName("incall.keypad");
    for (char c : KEYS.toCharArray()) {
      JButton b = new JButton(String.valueOf(c));
      b.setName("incall.key." + name(c));
      b.setFocusable(false); // keys typed on the keyboard stay with the window's bindings
      b.addActionListener(e -> onDigit.accept(c));
      buttons.add(b);
      panel.add(b);
    }
  }

  /** The resource-free component name of a key: the digit, {@code star} or {@code hash}. */
  static String name(char c) {
    return c == '*' ? "star" : c == '#' ? "hash" : String.valueOf(c);
  }

  /** Binds the typed characters on {@code root} (for its whole window). */
  void bindKeys(JComponent root) {
    for (JButton b : buttons) {
      char c = b.getText().charAt(0);
      String key = "incall.typed." + name(c);
      root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(c), key);
      root.getActionMap()
          .put(
              key,
              new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                  if (enabled) {
                    b.doClick(0);
                  }
                }
              });
    }
  }

  void setEnabled(boolean on) {
    enabled = on;
    buttons.forEach(b -> b.setEnabled(on));
  }

  JPanel component() {
    return panel;
  }
}
