package dev.vorzimmer.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.util.Locale;
import javax.swing.Icon;

/** The window's SVG icons (resources under {@code dev/vorzimmer/ui/icons}). */
final class Icons {
  private Icons() {}

  static Icon get(String name, int size) {
    return new FlatSVGIcon("dev/vorzimmer/ui/icons/" + name + ".svg", size, size, Icons.class.getClassLoader());
  }

  /** The icon for a stored verdict (RING, VOICEMAIL, REJECT). */
  static Icon verdict(String verdict) {
    return get("verdict-" + verdict.toLowerCase(Locale.ROOT), 16);
  }
}
