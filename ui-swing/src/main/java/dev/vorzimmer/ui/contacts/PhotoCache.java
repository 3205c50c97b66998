package dev.vorzimmer.ui.contacts;

import java.awt.Component;
import java.awt.GraphicsConfiguration;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contact photos decoded once and scaled to the device pixels a view paints them at, so a 32 px
 * avatar is sharp on a 2× screen and the list does not decode photos on every repaint. Keeps the
 * most recently used images; EDT only.
 */
final class PhotoCache {
  private static final Logger log = LoggerFactory.getLogger(PhotoCache.class);
  private static final int CAPACITY = 256;
  private static final BufferedImage UNREADABLE =
      new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

  private record Key(long contactId, int bytesHash, int length, int px) {}

  private final Map<Key, BufferedImage> images =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Device pixels for {@code logical} pixels on the screen {@code c} is shown on (1× when unknown).
   */
  static int devicePixels(Component c, int logical) {
    GraphicsConfiguration gc = c.getGraphicsConfiguration();
    double scale = gc == null ? 1.0 : Math.max(gc.getDefaultTransform().getScaleX(), 1.0);
    return (int) Math.ceil(logical * scale);
  }

  /**
   * The photo of contact {@code contactId} as a square of {@code px} device pixels; empty when
   * unreadable.
   */
  Optional<BufferedImage> get(long contactId, byte[] photo, int px) {
    Key key = new Key(contactId, Arrays.hashCode(photo), photo.length, px);
    BufferedImage image = images.computeIfAbsent(key, k -> scaled(contactId, photo, px));
    return image == UNREADABLE ? Optional.empty() : Optional.of(image);
  }

  private static BufferedImage scaled(long contactId, byte[] photo, int px) {
    try {
      return ContactPhotos.decode(photo)
          .map(img -> ContactPhotos.square(img, px))
          .orElseGet(
              () -> {
                log.warn(
                    "photo of contact {} is not a readable image ({} bytes); showing initials",
                    contactId,
                    photo.length);
                return UNREADABLE;
              });
    } catch (IOException | RuntimeException e) {
      log.warn("photo of contact {} unreadable; showing initials: {}", contactId, e.toString());
      return UNREADABLE;
    }
  }
}
