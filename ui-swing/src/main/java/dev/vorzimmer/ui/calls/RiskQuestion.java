package dev.vorzimmer.ui.calls;

import dev.vorzimmer.ui.common.UiContext;
import java.awt.Component;
import java.awt.event.HierarchyEvent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * "Call back anyway?" before calling a premium-rate number or a ping caller, naming the risk. Call
 * back is not the default button: Enter does not dial.
 */
final class RiskQuestion {
  private RiskQuestion() {}

  /** Asks on the EDT (modal); true when the user chose to call anyway. */
  static boolean ask(UiContext ctx, Component parent, String number, String risk) {
    String call = ctx.texts().get("callBack.risk.call");
    String cancel = ctx.texts().get("callBack.risk.cancel");
    JOptionPane question =
        new JOptionPane(
            ctx.texts().get("callBack.risk.text", number, risk),
            JOptionPane.WARNING_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION,
            null,
            new Object[] {call, cancel},
            cancel);
    question.setName("callBack.riskConfirm");
    question.addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && question.isShowing()) {
            ctx.probe().changed();
          }
        });
    JDialog dialog = question.createDialog(parent, ctx.texts().get("callBack.risk.title"));
    dialog.setVisible(true); // modal: returns when answered
    dialog.dispose();
    return call.equals(question.getValue());
  }
}
