package dev.vorzimmer.ui.common;

import java.awt.Component;
import java.awt.event.HierarchyEvent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * "Call anyway?" before calling a premium-rate number or a ping caller (Call back in the lists, the
 * dial bar), naming the risk. Calling is not the default button: Enter does not dial.
 */
public final class RiskQuestion {
  private RiskQuestion() {}

  /**
   * Asks before a call back ({@code callBack.riskConfirm}); see {@link #ask(UiContext, Component,
   * String, String, String)}.
   */
  public static boolean ask(UiContext ctx, Component parent, String number, String risk) {
    return ask(ctx, parent, number, risk, "callBack");
  }

  /**
   * Asks on the EDT (modal); true when the user chose to call anyway.
   *
   * @param where {@code callBack} or {@code dial}: the dialog's title ({@code <where>.risk.title})
   *     and name ({@code <where>.riskConfirm})
   */
  public static boolean ask(
      UiContext ctx, Component parent, String number, String risk, String where) {
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
    question.setName(where + ".riskConfirm");
    question.addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && question.isShowing()) {
            ctx.probe().changed();
          }
        });
    JDialog dialog = question.createDialog(parent, ctx.texts().get(where + ".risk.title"));
    dialog.setVisible(true); // modal: returns when answered
    dialog.dispose();
    return call.equals(question.getValue());
  }
}
