package dev.vorzimmer.ui.incall;

import dev.vorzimmer.app.view.Line;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import java.awt.event.ActionEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/**
 * The incoming-call panel's buttons, each with its key: Answer (Enter, the one default button),
 * Decline (Esc), To voicemail (V) and, for a known number, Block (B: blocks the number as the call
 * list does, with Undo in the status bar, and declines). A click disables them all; the command
 * runs in the background. EDT only.
 */
final class IncomingActions {
  private final UiContext ctx;
  private final JPanel bar = new JPanel(new WrapLayout(8, 0));
  private final JButton answer;

  /**
   * @param block blocks a number the way the call list does (with Undo in the status bar); EDT
   */
  IncomingActions(UiContext ctx, String callId, Optional<String> e164, Consumer<String> block) {
    this.ctx = ctx;
    Line line = ctx.phone().lines().lineOf(callId); // the line the call came in on
    e164.ifPresent(
        n ->
            add(
                "block",
                "B",
                "verdict-reject",
                () -> block.accept(n), // queued first: stored before the call is declined
                () -> line.decline(callId)));
    add("voicemail", "V", "voicemail", () -> {}, () -> line.sendToVoicemail(callId));
    add("decline", "ESCAPE", "decline", () -> {}, () -> line.decline(callId));
    answer = add("answer", "ENTER", "answer", () -> {}, () -> line.answer(callId));
  }

  JComponent component() {
    return bar;
  }

  /** The default button (Enter). */
  JButton answer() {
    return answer;
  }

  private JButton add(
      String key, String stroke, String icon, Runnable first, Supplier<Boolean> command) {
    JButton b = new JButton(ctx.texts().get("incoming." + key), Icons.get(icon, 16));
    b.setName("incoming." + key);
    b.setToolTipText(ctx.texts().get("incoming.key." + key));
    b.addActionListener(
        e -> {
          for (var c : bar.getComponents()) {
            c.setEnabled(false);
          }
          first.run();
          ctx.work().query(key + " call", command::get, done -> {}, ex -> ctx.showError(bar, ex));
        });
    String actionKey = "incoming." + key;
    bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(stroke), actionKey);
    bar.getActionMap()
        .put(
            actionKey,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                if (b.isEnabled()) {
                  b.doClick();
                }
              }
            });
    bar.add(b);
    return b;
  }
}
