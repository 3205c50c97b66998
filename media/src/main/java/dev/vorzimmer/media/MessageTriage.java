package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.AudioConversion;
import dev.vorzimmer.media.internal.triage.TriageAnalyser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Classifies a recorded message as speech, short, tones, music or silent, and measures how much
 * speech it holds. Voice-activity detection on 8 kHz audio in 32 ms frames: energy against the
 * recording's own noise floor, Goertzel filters for the telephone signals (fax 1100 Hz, answer tone
 * 2100 Hz, SIT, DTMF pairs) and spectral change between frames, which separates speech (formants
 * and pitch always moving) from steady tones and music. Deterministic and stateless; a three-minute
 * message takes about 0.2 s of CPU (docs/BENCHMARKS.md), so run it off the SIP and UI threads.
 *
 * <p>Limits: line noise louder than about -40 dBov can be taken for sound; speech sung over music
 * counts as speech.
 */
public final class MessageTriage {

  /** Longest audio read from a file in a format other than 8 kHz 16-bit mono PCM. */
  static final int MAX_CONVERTED_SECONDS = 600;

  private static final int CHUNK_SAMPLES = 8000;

  private MessageTriage() {}

  /**
   * Classifies a WAV (or AIFF/AU) file. 8 kHz 16-bit mono PCM, as the answering machine writes it,
   * is streamed whatever its length; other layouts are converted in memory (at most {@value
   * #MAX_CONVERTED_SECONDS} s).
   *
   * @throws IOException if the file cannot be read or is no supported audio; the message names the
   *     file
   */
  public static Triage classify(Path wav) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(wav));
        AudioInputStream in = AudioSystem.getAudioInputStream(raw)) {
      TriageAnalyser analyser = new TriageAnalyser();
      if (isPcm8kMono16(in.getFormat())) {
        stream(in, analyser);
      } else {
        short[] all = AudioConversion.toMono8k(in, MAX_CONVERTED_SECONDS);
        analyser.accept(all, all.length);
      }
      return analyser.finish();
    } catch (UnsupportedAudioFileException e) {
      throw new IOException("cannot classify " + wav + ": not a WAV, AIFF or AU file", e);
    } catch (IOException e) {
      throw new IOException("cannot classify " + wav + ": " + e.getMessage(), e);
    }
  }

  /** Classifies 8 kHz mono samples. */
  public static Triage classify(short[] samples) {
    TriageAnalyser analyser = new TriageAnalyser();
    analyser.accept(samples, samples.length);
    return analyser.finish();
  }

  private static boolean isPcm8kMono16(AudioFormat f) {
    return f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED)
        && f.getSampleSizeInBits() == 16
        && f.getChannels() == 1
        && Math.abs(f.getSampleRate() - AudioConversion.RATE) < 0.5f;
  }

  private static void stream(AudioInputStream in, TriageAnalyser analyser) throws IOException {
    ByteOrder order = in.getFormat().isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    byte[] bytes = new byte[CHUNK_SAMPLES * 2];
    short[] samples = new short[CHUNK_SAMPLES];
    int pending = 0;
    int n;
    while ((n = in.read(bytes, pending, bytes.length - pending)) > 0) {
      int total = pending + n;
      int count = total / 2;
      ByteBuffer.wrap(bytes, 0, count * 2).order(order).asShortBuffer().get(samples, 0, count);
      analyser.accept(samples, count);
      pending = total - count * 2;
      if (pending > 0) {
        bytes[0] = bytes[count * 2];
      }
    }
  }
}
