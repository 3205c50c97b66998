package dev.vorzimmer.ui.common;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A round avatar: the contact's photo, or initials on a colour derived from the name. */
public final class Avatar extends JComponent {
  private static final Logger log = LoggerFactory.getLogger(Avatar.class);
  private static final Color[] PALETTE = {
    new Color(0x3D6FB6),
    new Color(0x2E9E5B),
    new Color(0x8E5BB8),
    new Color(0xC0663A),
    new Color(0x2A8C99),
    new Color(0xB84B6E)
  };
  private final String initials;
  private final Color colour;
  private final BufferedImage photo;

  public Avatar(String name, Optional<byte[]> photoBytes, int size) {
    this(name, photoBytes.map(Avatar::decode).orElse(null), size);
  }

  private Avatar(String name, BufferedImage photo, int size) {
    this.initials = Initials.of(name);
    this.colour = PALETTE[Math.floorMod(name == null ? 0 : name.hashCode(), PALETTE.length)];
    this.photo = photo;
    setPreferredSize(new Dimension(size, size));
    setName("avatar");
  }

  /**
   * An avatar showing an already decoded photo; given one scaled to the device pixels of {@code
   * size} (see {@link PhotoCache}), it is painted sharp on HiDPI screens.
   */
  public static Avatar decoded(String name, Optional<BufferedImage> photo, int size) {
    return new Avatar(name, photo.orElse(null), size);
  }

  /** True when a photo (not initials) is shown. */
  public boolean showsPhoto() {
    return photo != null;
  }

  public String initials() {
    return initials;
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      log.warn("contact photo unreadable, showing initials: {}", e.getMessage());
      return null;
    }
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int d = Math.min(getWidth(), getHeight());
      Ellipse2D circle = new Ellipse2D.Double(0, 0, d, d);
      if (photo != null) {
        g2.setClip(circle);
        g2.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.drawImage(photo, 0, 0, d, d, null);
        return;
      }
      g2.setColor(colour);
      g2.fill(circle);
      g2.setColor(Color.WHITE);
      g2.setFont(getFont().deriveFont(Font.BOLD, d * 0.38f));
      FontMetrics fm = g2.getFontMetrics();
      int x = (d - fm.stringWidth(initials)) / 2;
      int y = (d - fm.getHeight()) / 2 + fm.getAscent();
      g2.drawString(initials, x, y);
    } finally {
      g2.dispose();
    }
  }
}
