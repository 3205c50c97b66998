package dev.vorzimmer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plays a message WAV on the default sound device with a {@link Clip}, one at a time. */
final class Playback implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Playback.class);
  private Clip current;

  /** What became of a play request. */
  enum Result { PLAYING, NO_DEVICE, NO_AUDIO }

  /**
   * Starts playing {@code wav} (stopping what played before); returns NO_DEVICE when this machine
   * has no usable sound output, NO_AUDIO when the message has no audio file (its recording failed
   * before the first sample). Call off the EDT.
   *
   * @throws IOException if the file cannot be read as audio
   */
  synchronized Result play(Path wav) throws IOException {
    stop();
    if (!Files.isRegularFile(wav)) {
      return Result.NO_AUDIO;
    }
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      Clip clip = AudioSystem.getClip();
      clip.open(in);
      clip.start();
      current = clip;
      return Result.PLAYING;
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      log.info("no sound device to play {}: {}", wav, e.getMessage());
      return Result.NO_DEVICE;
    } catch (UnsupportedAudioFileException e) {
      throw new IOException("not a playable WAV file: " + wav, e);
    }
  }

  synchronized void stop() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
