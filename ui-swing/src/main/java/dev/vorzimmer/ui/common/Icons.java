package dev.vorzimmer.ui.common;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.util.Locale;
import javax.swing.Icon;

/** The window's SVG icons (resources under {@code dev/vorzimmer/ui/icons}). */
public final class Icons {
  private Icons() {}

  public static Icon get(String name, int size) {
    return new FlatSVGIcon(
        "dev/vorzimmer/ui/icons/" + name + ".svg", size, size, Icons.class.getClassLoader());
  }

  /** The icon for a stored verdict (RING, VOICEMAIL, REJECT). */
  public static Icon verdict(String verdict) {
    return get("verdict-" + verdict.toLowerCase(Locale.ROOT), 16);
  }
}
