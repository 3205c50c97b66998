package dev.vorzimmer.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photo files become small squares; bad files are refused with a reason. */
class ContactPhotosTest {
  @TempDir Path dir;

  /** Left half red, right half blue, a green band in the middle third of a wide image. */
  private static BufferedImage landscape(int w, int h, int type) {
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.GREEN);
    g.fillRect(w / 3, 0, w / 3, h);
    g.dispose();
    return img;
  }

  private Path write(BufferedImage img, String format, String name) throws IOException {
    Path file = dir.resolve(name);
    assertThat(ImageIO.write(img, format, file.toFile())).isTrue();
    return file;
  }

  @Test
  void aLargeJpegBecomesACentredSquareOfAtMost256PixelsStoredAsJpeg() throws IOException {
    Path file = write(landscape(1200, 800, BufferedImage.TYPE_INT_RGB), "jpeg", "big.jpg");
    byte[] stored = ContactPhotos.fromFile(file);
    BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(stored));
    assertThat(back.getWidth()).isEqualTo(256);
    assertThat(back.getHeight()).isEqualTo(256);
    assertThat(stored[0] & 0xFF).as("JPEG magic").isEqualTo(0xFF);
    assertThat(stored[1] & 0xFF).isEqualTo(0xD8);
    // the centre 800x800 of a 1200-wide image spans x=200..1000: green in the middle, red at the
    // edges
    assertThat(new Color(back.getRGB(128, 128)).getGreen()).isGreaterThan(200);
    assertThat(new Color(back.getRGB(5, 128)).getRed()).isGreaterThan(200);
    assertThat(stored.length).as("a small photo").isLessThan(60_000);
  }

  @Test
  void aSmallTransparentPngStaysItsSizeAndKeepsTransparencyAsPng() throws IOException {
    BufferedImage img = new BufferedImage(40, 60, BufferedImage.TYPE_INT_ARGB); // fully transparent
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(10, 20, 20, 20);
    g.dispose();
    byte[] stored = ContactPhotos.fromFile(write(img, "png", "small.png"));
    BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(stored));
    assertThat(back.getWidth()).as("never scaled up").isEqualTo(40);
    assertThat(back.getHeight()).isEqualTo(40);
    assertThat(new String(stored, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");
    assertThat(back.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
    assertThat(new Color(back.getRGB(20, 20)).getBlue()).isGreaterThan(200);
  }

  @Test
  void aGifIsAccepted() throws IOException {
    BufferedImage img = landscape(300, 300, BufferedImage.TYPE_BYTE_INDEXED);
    BufferedImage back =
        ImageIO.read(
            new java.io.ByteArrayInputStream(ContactPhotos.fromFile(write(img, "gif", "a.gif"))));
    assertThat(back.getWidth()).isEqualTo(256);
  }

  @Test
  void aFileThatIsNoImageIsRefusedWithItsName() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.png"), "not really a picture");
    assertThatThrownBy(() -> ContactPhotos.fromFile(text))
        .isInstanceOf(IOException.class)
        .hasMessage("notes.png is not a PNG, JPEG or GIF image");
  }

  @Test
  void scalingForAViewGivesExactlyTheDevicePixels() {
    BufferedImage photo = landscape(256, 256, BufferedImage.TYPE_INT_RGB);
    assertThat(ContactPhotos.square(photo, 72).getWidth()).as("36 px avatar at 2x").isEqualTo(72);
    assertThat(ContactPhotos.square(photo, 36).getHeight()).isEqualTo(36);
    assertThat(ContactPhotos.square(photo, 54).getWidth()).as("1.5x").isEqualTo(54);
  }

  @Test
  void theCacheHandsOutScaledPhotosAndEmptyForGarbage() throws IOException {
    PhotoCache cache = new PhotoCache();
    byte[] bytes = ContactPhotos.encode(landscape(256, 256, BufferedImage.TYPE_INT_RGB));
    BufferedImage first = cache.get(1, bytes, 72).orElseThrow();
    assertThat(first.getWidth()).isEqualTo(72);
    assertThat(cache.get(1, bytes, 72)).containsSame(first);
    assertThat(cache.get(1, bytes, 36).orElseThrow().getWidth()).isEqualTo(36);
    assertThat(cache.get(2, new byte[] {1, 2, 3}, 36)).isEmpty();
  }

  @Test
  void aViewOnA2xScreenAsksForTwiceThePixels() {
    assertThat(PhotoCache.devicePixels(on(2.0), 36)).isEqualTo(72);
    assertThat(PhotoCache.devicePixels(on(1.25), 36)).isEqualTo(45);
    assertThat(PhotoCache.devicePixels(on(1.0), 36)).isEqualTo(36);
    assertThat(PhotoCache.devicePixels(new Component() {}, 36))
        .as("not on a screen yet")
        .isEqualTo(36);
  }

  /** A component shown on a screen with the given scale factor. */
  private static Component on(double scale) {
    GraphicsConfiguration gc =
        new GraphicsConfiguration() {
          @Override
          public GraphicsDevice getDevice() {
            return null;
          }

          @Override
          public ColorModel getColorModel() {
            return ColorModel.getRGBdefault();
          }

          @Override
          public ColorModel getColorModel(int transparency) {
            return ColorModel.getRGBdefault();
          }

          @Override
          public AffineTransform getDefaultTransform() {
            return AffineTransform.getScaleInstance(scale, scale);
          }

          @Override
          public AffineTransform getNormalizingTransform() {
            return new AffineTransform();
          }

          @Override
          public Rectangle getBounds() {
            return new Rectangle(0, 0, 1920, 1080);
          }
        };
    return new Component() {
      @Override
      public GraphicsConfiguration getGraphicsConfiguration() {
        return gc;
      }
    };
  }
}
