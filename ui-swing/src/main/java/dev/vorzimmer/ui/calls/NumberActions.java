package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.ui.common.RiskQuestion;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.contacts.ContactDialog;
import java.awt.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * Commands on a caller's number, shared by the Calls and Messages tabs; all run off the EDT. Every
 * block and allow can be undone from the status bar for a few seconds; a range is blocked only
 * after the user read what it covers.
 */
public final class NumberActions {
  static final Duration ALLOW_FOR = Duration.ofHours(48);
  private final UiContext ctx;
  private final Component parent;
  private final Runnable afterListChange;

  public NumberActions(UiContext ctx, Component parent, Runnable afterListChange) {
    this.ctx = ctx;
    this.parent = parent;
    this.afterListChange = afterListChange;
  }

  /**
   * Calls {@code e164} back on {@code line}, the line that was called ("" or a line no longer
   * configured: the default line); a premium-rate number or a ping caller first asks, naming the
   * risk ({@link dev.vorzimmer.app.view.Callers#callbackRisk}).
   */
  public void callBack(String e164, String line) {
    callBack(e164, () -> line);
  }

  /** Calls back who left message {@code messageId}, on the line that caller called. */
  public void callBackMessage(String e164, long messageId) {
    callBack(e164, () -> ctx.store().callLog().lineOfMessage(messageId));
  }

  private record Check(Optional<dev.vorzimmer.screening.Reason> risk, String line) {}

  private void callBack(String e164, java.util.function.Supplier<String> line) {
    ctx.work()
        .query(
            "checking the risk of calling " + e164,
            () -> new Check(ctx.phone().callers().callbackRisk(e164), line.get()),
            check -> {
              if (check.risk().isEmpty()
                  || RiskQuestion.ask(
                      ctx, parent, e164, ctx.texts().reasons().render(check.risk().get()))) {
                call(e164, check.line());
              }
            },
            e -> ctx.showError(parent, e));
  }

  private void call(String e164, String line) {
    ctx.work()
        .run(
            "calling " + e164,
            () -> {
              ctx.store().callBacks().done(e164, Instant.now(), "called");
              ctx.phone().lines().lineOr(line).call(e164);
            },
            () -> {
              ctx.inform(ctx.texts().get("notice.calling", e164));
              afterListChange.run();
            },
            e -> ctx.showError(parent, e));
  }

  /** Takes {@code e164} off the call-back list without calling. */
  void dismissCallBack(String e164) {
    ctx.work()
        .run(
            "dismissing the call back of " + e164,
            () -> ctx.store().callBacks().done(e164, Instant.now(), "dismissed"),
            afterListChange,
            e -> ctx.showError(parent, e));
  }

  public void block(String e164) {
    add(e164, ListKind.BLOCK, Optional.empty(), "notice.blocked");
  }

  /** Says what the range around {@code e164} covers and blocks it if the user agrees; EDT only. */
  void blockRange(String e164) {
    NumberPatterns.rangeOf(e164)
        .ifPresent(
            range -> {
              String words = RangeWords.describe(range, this::display, ctx.texts());
              JOptionPane confirm =
                  new JOptionPane(
                      ctx.texts().get("range.confirm", words),
                      JOptionPane.WARNING_MESSAGE,
                      JOptionPane.OK_CANCEL_OPTION);
              confirm.setName("calls.rangeConfirm");
              ContactDialog.announceWhenShown(confirm, ctx.probe());
              JDialog dialog = confirm.createDialog(parent, ctx.texts().get("range.title"));
              dialog.setVisible(true); // modal: returns when answered
              dialog.dispose();
              if (Integer.valueOf(JOptionPane.OK_OPTION).equals(confirm.getValue())) {
                add(range, ListKind.BLOCK, Optional.empty(), "notice.blockedRange", words);
              }
            });
  }

  private String display(String e164) {
    return ctx.phone().callers().describe(e164).displayNumber();
  }

  void allowFor48h(String e164) {
    add(e164, ListKind.ALLOW, Optional.of(Instant.now().plus(ALLOW_FOR)), "notice.allowed48");
  }

  void allowAlways(String e164) {
    add(e164, ListKind.ALLOW, Optional.empty(), "notice.allowed");
  }

  private void add(String pattern, ListKind kind, Optional<Instant> expires, String noticeKey) {
    add(pattern, kind, expires, noticeKey, pattern);
  }

  private void add(
      String pattern, ListKind kind, Optional<Instant> expires, String noticeKey, String shown) {
    String reason = "";
    ctx.work()
        .run(
            "adding " + pattern + " to the " + kind + " list",
            () -> ctx.store().listStore().add(pattern, kind, reason, "ui", expires),
            () -> {
              ctx.informWithUndo(
                  ctx.texts().get(noticeKey, shown), () -> undo(pattern, kind, shown));
              afterListChange.run();
            },
            e -> ctx.showError(parent, e));
  }

  private void undo(String pattern, ListKind kind, String shown) {
    ctx.work()
        .run(
            "removing " + pattern + " from the " + kind + " list",
            () -> ctx.store().listStore().remove(pattern, kind),
            () -> {
              ctx.inform(ctx.texts().get("notice.undone", shown));
              afterListChange.run();
            },
            e -> ctx.showError(parent, e));
  }
}
