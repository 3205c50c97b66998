package dev.vorzimmer.ui.contacts;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Contact photos without Swing: a chosen image file becomes a centred square of at most {@link
 * #MAX_PX} pixels, stored as JPEG (or PNG when it has transparency); stored bytes are scaled down
 * smoothly to the pixel size a view needs.
 */
final class ContactPhotos {
  /** Largest stored photo edge in pixels. */
  static final int MAX_PX = 256;

  /** Larger image files are refused before they are decoded. */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private ContactPhotos() {}

  /**
   * Reads a PNG, JPEG or GIF file and returns the stored form of its photo.
   *
   * @throws IOException if the file cannot be read, is too large, or is not an image
   */
  static byte[] fromFile(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new IOException(
          file.getFileName()
              + " is too large for a photo ("
              + size / (1024 * 1024)
              + " MB; at most "
              + MAX_FILE_BYTES / (1024 * 1024)
              + " MB)");
    }
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException(file.getFileName() + " is not a PNG, JPEG or GIF image");
    }
    return encode(square(image, MAX_PX));
  }

  /** The image in {@code bytes}, or empty when they are not a readable image. */
  static Optional<BufferedImage> decode(byte[] bytes) throws IOException {
    return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
  }

  /**
   * The centre square of {@code src}, scaled down (never up) to at most {@code px} pixels per edge
   * in halving steps, so large photos stay smooth instead of aliased.
   */
  static BufferedImage square(BufferedImage src, int px) {
    int edge = Math.min(src.getWidth(), src.getHeight());
    BufferedImage current =
        src.getSubimage((src.getWidth() - edge) / 2, (src.getHeight() - edge) / 2, edge, edge);
    int target = Math.min(px, edge);
    boolean alpha = src.getColorModel().getTransparency() != Transparency.OPAQUE;
    int size = edge;
    do {
      size = Math.max(target, size / 2 >= target ? size / 2 : target);
      current = redraw(current, size, alpha);
    } while (size > target);
    return current;
  }

  private static BufferedImage redraw(BufferedImage src, int size, boolean alpha) {
    BufferedImage out =
        new BufferedImage(
            size, size, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setComposite(AlphaComposite.Src);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(src, 0, 0, size, size, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** JPEG (quality 0.9) for opaque images, PNG for images with transparency. */
  static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (image.getColorModel().getTransparency() != Transparency.OPAQUE) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
    ImageWriter writer = writers.next();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
