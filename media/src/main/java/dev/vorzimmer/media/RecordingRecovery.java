package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.WavHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs recordings interrupted by a crash or power loss. Call once at start-up, before new
 * recordings begin, on each directory that receives recordings.
 */
public final class RecordingRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingRecovery.class);

  /**
   * A recording that was repaired; the app should mark its message as recovered.
   *
   * @param file the repaired WAV (the target name the recording was started with)
   * @param duration audio it holds
   */
  public record Recovered(Path file, Duration duration) {}

  private RecordingRecovery() {}

  /**
   * Finds {@code *.wav.part} files in {@code dir}, sets their RIFF and data sizes from the file
   * length (dropping a trailing half sample) and renames them to {@code *.wav}. A part file whose
   * target name is taken is renamed to {@code <name>-recovered-<n>.wav}. Files that are not WAV
   * files are left alone and logged.
   *
   * @return the recovered recordings, in no particular order
   * @throws IOException if the directory cannot be listed; failures on single files are logged and
   *     skipped so one bad file does not block the others
   */
  public static List<Recovered> recover(Path dir) throws IOException {
    List<Recovered> result = new ArrayList<>();
    try (DirectoryStream<Path> parts =
        Files.newDirectoryStream(dir, "*.wav" + CrashSafeWavWriter.PART_SUFFIX)) {
      for (Path part : parts) {
        try {
          recoverPart(part).ifPresent(result::add);
        } catch (IOException e) {
          LOG.error("could not recover interrupted recording {}", part, e);
        }
      }
    }
    return result;
  }

  /**
   * Repairs and renames one part file, as {@link #recover(Path)} does for each; used to save the
   * audio of a recording whose writing failed (e.g. disk full) at the end of the call.
   *
   * @return the recovered recording, or empty if the file is not a WAV file (it is left alone)
   */
  public static Optional<Recovered> recoverPart(Path part) throws IOException {
    return repair(part);
  }

  private static Optional<Recovered> repair(Path part) throws IOException {
    long dataBytes;
    try (FileChannel ch =
        FileChannel.open(part, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      ByteBuffer head = ByteBuffer.allocate(12);
      ch.read(head, 0);
      head.flip();
      if (size >= 12 && !WavHeader.isRiffWave(head)) {
        LOG.warn("not recovering {}: not a WAV file", part);
        return Optional.empty();
      }
      dataBytes = Math.max(0, size - WavHeader.LENGTH) & ~1L;
      ch.truncate(WavHeader.LENGTH + dataBytes);
      ch.write(WavHeader.of(CrashSafeWavWriter.SAMPLE_RATE, dataBytes), 0);
      ch.force(true);
    }
    Path target = freeTarget(part);
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    Duration duration = Duration.ofMillis(dataBytes / 2 * 1000 / CrashSafeWavWriter.SAMPLE_RATE);
    LOG.info("recovered interrupted recording {} ({} ms)", target, duration.toMillis());
    return Optional.of(new Recovered(target, duration));
  }

  private static Path freeTarget(Path part) {
    String name = part.getFileName().toString();
    String wav = name.substring(0, name.length() - CrashSafeWavWriter.PART_SUFFIX.length());
    Path target = part.resolveSibling(wav);
    String stem = wav.substring(0, wav.length() - ".wav".length());
    for (int n = 1; Files.exists(target); n++) {
      target = part.resolveSibling(stem + "-recovered-" + n + ".wav");
    }
    return target;
  }
}
