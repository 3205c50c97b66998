package dev.vorzimmer.ui.calls;

import dev.vorzimmer.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * "Why?" beside the call list: one sentence, the rules that were checked in order, and Block /
 * Allow / Add to contacts for the caller right there. EDT only.
 */
final class WhyPanel {
  /** What the panel's buttons do with the caller's number. */
  record Actions(Consumer<String> block, Consumer<String> allow, Consumer<String> addContact) {}

  private final Texts texts;
  private final JPanel panel = new JPanel(new BorderLayout(0, 8));
  private final JLabel caller = new JLabel();
  private final JTextArea sentence = area();
  private final JTextArea rules = area();
  private final JButton block;
  private final JButton allow;
  private final JButton add;
  private Optional<CallRow> row = Optional.empty();

  WhyPanel(Texts texts, Actions actions, Runnable close) {
    this.texts = texts;
    panel.setName("calls.whyPanel");
    panel.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createMatteBorder(
                0, 1, 0, 0, UIManager.getColor("Component.borderColor")),
            BorderFactory.createEmptyBorder(10, 12, 10, 10)));
    panel.setPreferredSize(new Dimension(300, 10));
    caller.setName("why.caller");
    caller.setFont(caller.getFont().deriveFont(Font.BOLD, caller.getFont().getSize2D() + 1f));
    sentence.setName("why.sentence");
    rules.setName("why.rules");
    block = button("why.block", () -> number().ifPresent(actions.block()));
    allow = button("why.allow", () -> number().ifPresent(actions.allow()));
    add = button("why.addContact", () -> number().ifPresent(actions.addContact()));
    JButton closeButton = button("why.close", close);
    JPanel top = new JPanel(new BorderLayout());
    top.add(caller, BorderLayout.CENTER);
    top.add(closeButton, BorderLayout.EAST);
    JPanel middle = new JPanel();
    middle.setLayout(new BoxLayout(middle, BoxLayout.Y_AXIS));
    JLabel checked = new JLabel(texts.get("why.checked"));
    checked.setBorder(BorderFactory.createEmptyBorder(10, 0, 4, 0));
    for (javax.swing.JComponent c : List.of(sentence, checked, rules)) {
      c.setAlignmentX(Component.LEFT_ALIGNMENT);
      middle.add(c);
    }
    JPanel buttons = new JPanel(new java.awt.GridLayout(0, 1, 0, 4));
    buttons.add(block);
    buttons.add(allow);
    buttons.add(add);
    panel.add(top, BorderLayout.NORTH);
    panel.add(middle, BorderLayout.CENTER);
    panel.add(buttons, BorderLayout.SOUTH);
  }

  Component component() {
    return panel;
  }

  /** Shows why {@code r} was decided as it was. */
  void show(CallRow r) {
    row = Optional.of(r);
    caller.setText(r.caller());
    sentence.setText(sentence(r));
    rules.setText(rules(r));
    boolean hasNumber = r.number().isPresent();
    block.setEnabled(hasNumber && !r.blocked());
    allow.setEnabled(hasNumber);
    add.setEnabled(hasNumber && !r.contact());
  }

  Optional<CallRow> shown() {
    return row;
  }

  /** "It went to the answering machine: not answered within 25 s." */
  String sentence(CallRow r) {
    List<String> reasons = r.reasons();
    boolean rangOut = r.verdict().equals("RING") && r.missed() && reasons.size() >= 2;
    return rangOut
        ? texts.get("why.sentence.ringThen", reasons.get(reasons.size() - 2), r.mainReason())
        : texts.get("why.sentence." + r.verdict().toLowerCase(Locale.ROOT), r.mainReason());
  }

  /** "1. mobile number, Germany\n2. unknown number". */
  static String rules(CallRow r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < r.reasons().size(); i++) {
      sb.append(i + 1).append(". ").append(r.reasons().get(i)).append('\n');
    }
    return sb.toString().strip();
  }

  private Optional<String> number() {
    return row.flatMap(CallRow::number);
  }

  private JButton button(String key, Runnable action) {
    JButton b = new JButton(texts.get(key));
    b.setName(key);
    b.addActionListener(e -> action.run());
    return b;
  }

  private static JTextArea area() {
    JTextArea a = new JTextArea();
    a.setEditable(false);
    a.setLineWrap(true);
    a.setWrapStyleWord(true);
    a.setOpaque(false);
    a.setFocusable(true);
    return a;
  }
}
