package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.screening.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the answering machine may record another message: not when the disk holding the
 * messages has less than {@code [voicemail] min_free_mb} free, nor when the stored messages already
 * take {@code [voicemail] max_total_mb}. Then the caller hears the greeting and the call ends
 * politely, without a recording. Thread-safe; the limits can change at run time.
 */
public final class DiskGuard {
  private static final Logger log = LoggerFactory.getLogger(DiskGuard.class);
  private static final long MB = 1024 * 1024;
  private final Path messagesDir;
  private volatile long minFreeMb;
  private volatile long maxTotalMb;

  /**
   * @param minFreeMb free space (MB) below which nothing is recorded
   * @param maxTotalMb total size (MB) of stored messages at which nothing more is recorded
   */
  public DiskGuard(Path messagesDir, long minFreeMb, long maxTotalMb) {
    this.messagesDir = messagesDir;
    limits(minFreeMb, maxTotalMb);
  }

  /** New limits for the messages that start from now on. */
  public void limits(long minFreeMb, long maxTotalMb) {
    if (minFreeMb < 0 || maxTotalMb < 0) {
      throw new IllegalArgumentException(
          "disk limits must not be negative: " + minFreeMb + ", " + maxTotalMb);
    }
    this.minFreeMb = minFreeMb;
    this.maxTotalMb = maxTotalMb;
  }

  /**
   * Why no message may be recorded now (codes {@code disk.low}, {@code disk.full}, {@code
   * disk.unknown}); empty if recording is fine.
   */
  public Optional<Reason> refusal() {
    try {
      Files.createDirectories(messagesDir);
      long freeMb = Files.getFileStore(messagesDir).getUsableSpace() / MB;
      if (freeMb < minFreeMb) {
        return Optional.of(
            Reason.of(
                "disk.low", "free", freeMb, "need", minFreeMb, "key", "[voicemail] min_free_mb"));
      }
      long totalMb = storedBytes() / MB;
      if (totalMb >= maxTotalMb) {
        return Optional.of(
            Reason.of(
                "disk.full",
                "used",
                totalMb,
                "limit",
                maxTotalMb,
                "key",
                "[voicemail] max_total_mb"));
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      log.warn("cannot check the space for messages in {}", messagesDir, e);
      return Optional.of(Reason.of("disk.unknown", "detail", String.valueOf(e.getMessage())));
    }
  }

  private long storedBytes() throws IOException {
    try (Stream<Path> files = Files.list(messagesDir)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          total += Files.size(f);
        }
      }
      return total;
    }
  }
}
