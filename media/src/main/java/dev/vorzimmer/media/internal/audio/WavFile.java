package dev.vorzimmer.media.internal.audio;

import dev.vorzimmer.media.internal.rtp.AudioConversion;
import dev.vorzimmer.media.internal.rtp.WavHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Reads any common audio file (WAV/AIFF/AU, through javax.sound's parsers and {@link
 * AudioConversion}) as 8 kHz 16-bit mono samples, and writes such samples as the canonical WAV
 * ({@link WavHeader}), atomically.
 */
public final class WavFile {

  private WavFile() {}

  /**
   * Reads and converts {@code file}.
   *
   * @throws IOException "unsupported audio file …" for what is not audio, "cannot read …" for
   *     everything else (missing file, unsupported layout, longer than {@code maxSeconds})
   */
  public static short[] read(Path file, int maxSeconds) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
      return AudioConversion.toMono8k(in, maxSeconds);
    } catch (UnsupportedAudioFileException e) {
      throw new IOException("unsupported audio file " + file + ": not a WAV, AIFF or AU file", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code samples} (8 kHz mono) as {@code out}: first to a sibling temporary file, forced
   * to disk, then moved over {@code out}; on failure {@code out} is unchanged and no temporary file
   * is left.
   */
  public static void write(Path out, short[] samples) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : samples) {
      data.putShort(s);
    }
    data.flip();
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer[] parts = {WavHeader.of(AudioConversion.RATE, data.remaining()), data};
      while (data.hasRemaining()) {
        ch.write(parts);
      }
      ch.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
