package dev.vorzimmer.ui.desktop;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;

/**
 * The tray icon's picture: the app icon with a coloured dot in the lower right for the line's
 * state. Rendered from the SVG at 1×, 1.25×, 1.5× and 2× of the tray's size, so HiDPI trays pick a
 * sharp variant instead of scaling a small bitmap.
 */
final class TrayImages {
  private static final double[] SCALES = {1, 1.25, 1.5, 2};
  private static final String APP_SVG = "dev/vorzimmer/ui/icons/app.svg";

  private TrayImages() {}

  /** The icon for {@code badge} at {@code size} logical pixels (with HiDPI variants). */
  static Image of(TrayState.Badge badge, int size) {
    BufferedImage[] variants = new BufferedImage[SCALES.length];
    for (int i = 0; i < SCALES.length; i++) {
      variants[i] = render(badge, Math.max(8, (int) Math.round(size * SCALES[i])));
    }
    return new BaseMultiResolutionImage(variants);
  }

  /** One variant, {@code px} device pixels square. */
  static BufferedImage render(TrayState.Badge badge, int px) {
    BufferedImage out = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      paintApp(g, px);
      double d = px * 0.46;
      double at = px - d;
      Ellipse2D dot = new Ellipse2D.Double(at, at, d - 0.5, d - 0.5);
      g.setColor(color(badge));
      g.fill(dot);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke((float) Math.max(1, px / 16.0)));
      g.draw(dot);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** The app SVG filling {@code px}×{@code px}, whatever UI scale FlatLaf applies to icons. */
  private static void paintApp(Graphics2D g, int px) {
    FlatSVGIcon app = new FlatSVGIcon(APP_SVG, px, px, TrayImages.class.getClassLoader());
    Graphics2D scaled = (Graphics2D) g.create();
    try {
      scaled.scale(px / (double) app.getIconWidth(), px / (double) app.getIconHeight());
      app.paintIcon(null, scaled, 0, 0);
    } finally {
      scaled.dispose();
    }
  }

  static Color color(TrayState.Badge badge) {
    return switch (badge) {
      case REGISTERED -> new Color(0x2E9E4F);
      case PENDING -> new Color(0xE0A100);
      case PROBLEM -> new Color(0xD4403A);
      case LOCAL_LINE -> new Color(0x7A8594);
    };
  }
}
