package dev.vorzimmer.ui.messages;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The default sound card as a {@link PcmOutput}: a javax.sound {@link SourceDataLine} with a short buffer. */
final class LineOutput implements PcmOutput {
  /** About a tenth of a second buffered, so pause and seek are heard at once. */
  private static final double BUFFER_SECONDS = 0.1;
  private volatile SourceDataLine line;
  private byte[] bytes = new byte[0];

  @Override
  public void open(float sampleRate) throws LineUnavailableException {
    AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
    try {
      SourceDataLine opened = AudioSystem.getSourceDataLine(format);
      opened.open(format, 2 * (int) Math.max(256, sampleRate * BUFFER_SECONDS));
      opened.start();
      line = opened;
    } catch (IllegalArgumentException | SecurityException e) {
      throw (LineUnavailableException) new LineUnavailableException(e.getMessage()).initCause(e);
    }
  }

  @Override
  public void write(short[] samples, int count) {
    SourceDataLine l = line;
    if (l == null) {
      return;
    }
    if (bytes.length < 2 * count) {
      bytes = new byte[2 * count];
    }
    for (int i = 0; i < count; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    l.write(bytes, 0, 2 * count);
  }

  @Override
  public void drain() {
    SourceDataLine l = line;
    if (l != null) {
      l.drain();
    }
  }

  @Override
  public void close() {
    SourceDataLine l = line;
    line = null;
    if (l != null) {
      l.stop();
      l.flush();
      l.close();
    }
  }
}
