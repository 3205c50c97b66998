package dev.vorzimmer.ui.common;

import dev.vorzimmer.sip.CallSecurity;
import java.util.Locale;
import javax.swing.Icon;
import javax.swing.JLabel;

/**
 * The lock that tells how a call is protected, the same in the in-call view, the incoming-call
 * panel and the call log: a closed green lock for TLS + SRTP, an amber one when only part is
 * encrypted, an open grey one for nothing; the words in the tooltip (and next to the lock where
 * there is room).
 */
public final class SecurityBadge {
  private SecurityBadge() {}

  /** The resource key of the sentence for {@code security}. */
  public static String key(CallSecurity security) {
    return switch (security.level()) {
      case FULL -> "security.full";
      case MEDIA_ONLY -> "security.mediaOnly";
      case SIGNALLING_ONLY -> "security.signallingOnly";
      case NONE -> "security.none";
    };
  }

  /** The icon's name: {@code lock-closed}, {@code lock-partial} or {@code lock-open}. */
  public static String iconName(CallSecurity security) {
    return switch (security.level()) {
      case FULL -> "lock-closed";
      case MEDIA_ONLY, SIGNALLING_ONLY -> "lock-partial";
      case NONE -> "lock-open";
    };
  }

  public static Icon icon(CallSecurity security) {
    return Icons.get(iconName(security), 16);
  }

  /** A label for the lock; {@code component name} lets tests find it. */
  public static JLabel label(String name) {
    JLabel l = new JLabel(" ");
    l.setName(name);
    l.putClientProperty("FlatLaf.styleClass", "small");
    return l;
  }

  /**
   * Shows {@code security} on {@code label}: the lock, the sentence as tooltip and, with {@code
   * withText}, as text. The label's client property {@code "security"} holds the level (for tests).
   */
  public static void show(JLabel label, CallSecurity security, Texts texts, boolean withText) {
    String sentence = texts.get(key(security));
    label.setIcon(icon(security));
    label.setToolTipText(sentence);
    label.setText(withText ? sentence : "");
    label.getAccessibleContext().setAccessibleName(sentence);
    label.putClientProperty("security", security.level().name().toLowerCase(Locale.ROOT));
  }
}
