package dev.vorzimmer.ui.calls;

import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.Texts;
import java.awt.Component;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/** "Why?": every reason of a call's decision, in rule order. */
final class WhyDialog {
  private final Texts texts;

  WhyDialog(Texts texts) {
    this.texts = texts;
  }

  /** The dialog's text (also what the tests read). */
  String text(CallRow row) {
    StringBuilder sb = new StringBuilder();
    sb.append(texts.get("why.header", row.caller(), row.verdictText())).append('\n');
    for (int i = 0; i < row.reasons().size(); i++) {
      sb.append(i + 1).append(". ").append(row.reasons().get(i)).append('\n');
    }
    return sb.toString().strip();
  }

  void show(Component parent, CallRow row) {
    JOptionPane.showMessageDialog(
        SwingUtilities.getWindowAncestor(parent),
        text(row),
        texts.get("why.title"),
        JOptionPane.INFORMATION_MESSAGE,
        Icons.verdict(row.verdict()));
  }
}
