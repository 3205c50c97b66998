package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.audio.WavFile;
import dev.vorzimmer.media.internal.rtp.AudioConversion;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Greeting audio: 8 kHz 16-bit mono samples, immutable. */
public final class Greeting {

  /** Longest greeting accepted, in seconds. */
  public static final int MAX_SECONDS = 120;

  private static final String BUNDLED = "/dev/vorzimmer/media/greetings/%s.wav";

  private final short[] samples;

  private Greeting(short[] samples) {
    this.samples = samples;
  }

  /** A greeting from 8 kHz 16-bit mono samples (copied). */
  public static Greeting of(short[] samples) {
    return new Greeting(samples.clone());
  }

  /**
   * Loads an audio file in any format {@link GreetingImporter} accepts, converting it in memory.
   *
   * @throws IOException if it cannot be read or is not supported; the message says why
   */
  public static Greeting fromWav(Path file) throws IOException {
    return new Greeting(WavFile.read(file, MAX_SECONDS));
  }

  /**
   * The bundled default greeting for a language ({@code "de"} or {@code "en"}; anything else gets
   * English).
   */
  public static Greeting bundled(Locale locale) {
    String lang = "de".equals(locale.getLanguage()) ? "de" : "en";
    return resource(String.format(BUNDLED, lang));
  }

  /** Audio bundled in the media jar, e.g. {@code /dev/vorzimmer/media/greetings/de.wav}. */
  static Greeting resource(String resource) {
    InputStream raw = Greeting.class.getResourceAsStream(resource);
    if (raw == null) {
      throw new MediaException("bundled audio missing from the build: " + resource);
    }
    try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
      return new Greeting(AudioConversion.toMono8k(in, MAX_SECONDS));
    } catch (IOException | UnsupportedAudioFileException e) {
      throw new MediaException("bundled audio " + resource + " is unreadable", e);
    }
  }

  /** Number of samples. */
  public int length() {
    return samples.length;
  }

  /** Sample {@code i}. */
  public short sample(int i) {
    return samples[i];
  }

  /** A copy of the samples. */
  public short[] samples() {
    return samples.clone();
  }

  /** Playing time. */
  public Duration duration() {
    return Duration.ofMillis(samples.length * 1000L / AudioConversion.RATE);
  }
}
