package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.Texts;
import java.util.List;

/**
 * What the tray icon shows for the lines' states and an unheard count: one badge for all lines
 * together and a tooltip that names each line's state. No AWT, so it is unit-testable.
 */
public final class TrayState {
  /** The small mark drawn on the app icon. */
  public enum Badge {
    /** Registered at the provider (every line): calls come in. */
    REGISTERED,
    /** Registering or unregistering (some line, none failing): wait. */
    PENDING,
    /**
     * Not registered and something is wrong (retrying, authentication failed, unregistered) on at
     * least one line.
     */
    PROBLEM,
    /** No account: reachable directly on the local line. */
    LOCAL_LINE
  }

  private TrayState() {}

  static Badge badge(RegistrationEvent e) {
    return switch (e.state()) {
      case REGISTERED -> Badge.REGISTERED;
      case REGISTERING, UNREGISTERING -> Badge.PENDING;
      case RETRYING, AUTH_FAILED, UNREGISTERED -> Badge.PROBLEM;
      case LOCAL_LINE -> Badge.LOCAL_LINE;
    };
  }

  /**
   * The badge for all lines together: a problem on any line wins, then any line still registering;
   * otherwise every line is registered (or it is the local line). No state known yet: pending.
   */
  public static Badge badge(LineStates lines) {
    List<Badge> each = lines.states().stream().map(TrayState::badge).toList();
    if (each.isEmpty() || each.contains(Badge.PENDING) && !each.contains(Badge.PROBLEM)) {
      return Badge.PENDING;
    }
    if (each.contains(Badge.PROBLEM)) {
      return Badge.PROBLEM;
    }
    return each.stream().allMatch(b -> b == Badge.LOCAL_LINE) ? Badge.LOCAL_LINE : Badge.REGISTERED;
  }

  /**
   * "Vorzimmer — Registered as sip:alice@example.net — 2 unheard messages" (the count only when not
   * zero); with several lines each is named: "Vorzimmer — Home: Registered as … · Office: Retrying
   * in 8 s …".
   */
  public static String tooltip(LineStates lines, long unheard, Texts t) {
    String status = lines.oneLine(t);
    return unheard <= 0
        ? t.get("tray.tooltip", status)
        : t.get("tray.tooltipUnheard", status, unheard);
  }
}
