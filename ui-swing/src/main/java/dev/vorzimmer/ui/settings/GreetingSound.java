package dev.vorzimmer.ui.settings;

import dev.vorzimmer.media.Greeting;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plays a greeting (8 kHz 16-bit mono samples) on the default sound output, one at a time. */
final class GreetingSound implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GreetingSound.class);
  private static final AudioFormat FORMAT = new AudioFormat(8000f, 16, 1, true, false);
  private Clip clip;

  /**
   * Starts playing {@code greeting}, stopping what played before. Call off the EDT.
   *
   * @return false when this computer has no usable sound output
   */
  synchronized boolean play(Greeting greeting) {
    stop();
    ByteBuffer pcm = ByteBuffer.allocate(greeting.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : greeting.samples()) {
      pcm.putShort(s);
    }
    try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.array()), FORMAT, greeting.length())) {
      Clip next = AudioSystem.getClip();
      next.open(in);
      next.start();
      clip = next;
      return true;
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException | java.io.IOException e) {
      log.info("no sound device to play a greeting: {}", e.toString());
      return false;
    }
  }

  synchronized void stop() {
    if (clip != null) {
      clip.close();
      clip = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
