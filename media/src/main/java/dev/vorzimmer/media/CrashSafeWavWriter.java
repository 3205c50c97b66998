package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.WavHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Writes a recording as an 8 kHz 16-bit mono WAV so that a crash loses at most about a second.
 *
 * <p>Audio goes to {@code <target>.part} as it arrives. It is handed to the operating system when a
 * second of audio is buffered, or on {@link #flush()} (the answering machine calls it every
 * second), and each flush also rewrites the header sizes, so even the {@code .part} file is a
 * playable WAV. {@link #finish()} flushes, fsyncs and atomically renames the file to {@code
 * target}. If the process dies before, {@link RecordingRecovery#recover(Path)} repairs and renames
 * the part file.
 *
 * <p>Not thread-safe: use from one thread (or one single-threaded executor).
 */
public final class CrashSafeWavWriter implements AutoCloseable {

  /** Sample rate of recordings. */
  public static final int SAMPLE_RATE = 8000;

  /** Suffix of files being written. */
  public static final String PART_SUFFIX = ".part";

  private final Path target;
  private final Path part;
  private final FileChannel channel;
  private final ByteBuffer buffer =
      ByteBuffer.allocate(SAMPLE_RATE * 2).order(ByteOrder.LITTLE_ENDIAN);
  private long dataBytesOnDisk;
  private boolean finished;

  private CrashSafeWavWriter(Path target, Path part, FileChannel channel) {
    this.target = target;
    this.part = part;
    this.channel = channel;
  }

  /**
   * Creates {@code <target>.part} with an empty WAV header.
   *
   * @throws FileAlreadyExistsException if the target or its part file exists (never overwritten)
   * @throws IOException if the directory is missing or unwritable
   */
  public static CrashSafeWavWriter create(Path target) throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "recording target exists");
    }
    Path part = partFileOf(target);
    FileChannel channel =
        FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      channel.write(WavHeader.of(SAMPLE_RATE, 0), 0);
    } catch (IOException e) {
      channel.close();
      Files.deleteIfExists(part);
      throw e;
    }
    return new CrashSafeWavWriter(target, part, channel);
  }

  /** The file written while recording: {@code <target>.part}. */
  public static Path partFileOf(Path target) {
    return target.resolveSibling(target.getFileName() + PART_SUFFIX);
  }

  /** Appends samples; writes through to the file whenever a second of audio is buffered. */
  public void write(short[] samples, int offset, int count) throws IOException {
    requireOpen();
    for (int i = 0; i < count; i++) {
      if (!buffer.hasRemaining()) {
        flush();
      }
      buffer.putShort(samples[offset + i]);
    }
    if (!buffer.hasRemaining()) {
      flush();
    }
  }

  /** Hands buffered audio to the operating system and updates the header sizes. */
  public void flush() throws IOException {
    requireOpen();
    if (buffer.position() == 0) {
      return;
    }
    buffer.flip();
    long position = WavHeader.LENGTH + dataBytesOnDisk;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    dataBytesOnDisk = position - WavHeader.LENGTH;
    buffer.clear();
    channel.write(
        WavHeader.sizeField(WavHeader.riffSize(dataBytesOnDisk)), WavHeader.RIFF_SIZE_OFFSET);
    channel.write(WavHeader.sizeField(dataBytesOnDisk), WavHeader.DATA_SIZE_OFFSET);
  }

  /**
   * Completes the recording: flush, fsync, rename {@code .part} to the target.
   *
   * @return the target path
   */
  public Path finish() throws IOException {
    requireOpen();
    flush();
    channel.force(true);
    channel.close();
    finished = true;
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "kept recording as " + part);
    }
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** Samples accepted so far (buffered or on disk). */
  public long samplesWritten() {
    return (dataBytesOnDisk + buffer.position()) / 2;
  }

  /** Audio accepted so far. */
  public Duration duration() {
    return Duration.ofMillis(samplesWritten() * 1000 / SAMPLE_RATE);
  }

  /** The final path. */
  public Path target() {
    return target;
  }

  /**
   * Releases the file without finishing it, leaving the {@code .part} file (with everything flushed
   * so far) for {@link RecordingRecovery}. Used after a write failure. Idempotent.
   */
  public void abandon() throws IOException {
    finished = true;
    channel.close();
  }

  /** Finishes the recording if that has not happened yet (see {@link #finish()}). */
  @Override
  public void close() throws IOException {
    if (!finished) {
      finish();
    }
  }

  private void requireOpen() throws IOException {
    if (finished) {
      throw new IOException("recording " + target + " is already finished");
    }
  }
}
