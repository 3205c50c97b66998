package dev.vorzimmer.ui.calls;

import dev.vorzimmer.app.CallbackRisk;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Commands on a caller's number, shared by the Calls and Messages tabs; all run off the EDT. */
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
   * Calls {@code e164} back; a premium-rate number or a ping caller first asks, naming the risk
   * ({@link CallbackRisk}).
   */
  public void callBack(String e164) {
    ctx.work()
        .query(
            "checking the risk of calling " + e164,
            () -> CallbackRisk.of(ctx.phone().screening(), e164),
            risk -> {
              if (risk.isEmpty() || RiskQuestion.ask(ctx, parent, e164, risk.get())) {
                call(e164);
              }
            },
            e -> ctx.showError(parent, e));
  }

  private void call(String e164) {
    ctx.work()
        .run(
            "calling " + e164,
            () -> ctx.phone().agent().call(e164),
            () -> ctx.inform(ctx.texts().get("notice.calling", e164)),
            e -> ctx.showError(parent, e));
  }

  public void block(String e164) {
    add(e164, ListKind.BLOCK, Optional.empty(), "notice.blocked");
  }

  void blockRange(String e164) {
    NumberPatterns.rangeOf(e164)
        .ifPresent(range -> add(range, ListKind.BLOCK, Optional.empty(), "notice.blocked"));
  }

  void allowFor48h(String e164) {
    add(e164, ListKind.ALLOW, Optional.of(Instant.now().plus(ALLOW_FOR)), "notice.allowed48");
  }

  void allowAlways(String e164) {
    add(e164, ListKind.ALLOW, Optional.empty(), "notice.allowed");
  }

  private void add(String pattern, ListKind kind, Optional<Instant> expires, String noticeKey) {
    String reason = ctx.texts().get("list.reason");
    ctx.work()
        .run(
            "adding " + pattern + " to the " + kind + " list",
            () -> ctx.store().listStore().add(pattern, kind, reason, "ui", expires),
            () -> {
              ctx.inform(ctx.texts().get(noticeKey, pattern));
              afterListChange.run();
            },
            e -> ctx.showError(parent, e));
  }
}
