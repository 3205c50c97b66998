package dev.vorzimmer.ui.common;

/**
 * The one place where a stored reason becomes the text the window shows. Today reasons are stored
 * as text and shown as they are; a renderer of reason codes in the window's language replaces the
 * body of {@link #of}.
 */
public final class ReasonText {
  private ReasonText() {}

  /** {@code stored} (one entry of a decision's reasons) as the window shows it. */
  public static String of(Texts texts, String stored) {
    return stored == null ? "" : stored;
  }
}
