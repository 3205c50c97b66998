package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.CrashSafeWavWriter;
import dev.vorzimmer.media.RecordingRecovery;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run once at start: messages whose recording was interrupted (crash, {@code kill -9}, power loss)
 * still have a row in state "recording" and a {@code .part} file. The file's header is repaired and
 * the message is marked "recovered" — at most the last second is lost.
 */
public final class MessageRecovery {
  private static final Logger log = LoggerFactory.getLogger(MessageRecovery.class);

  private MessageRecovery() {}

  /**
   * As {@link #run(MessageIndex)}, and also indexes orphan {@code .part} files in {@code
   * messagesDir}: recordings whose row was still queued when the phone died ({@link
   * MessageRecorder} writes rows on the store lane). They become "recovered" messages of an unknown
   * caller.
   */
  public static int run(MessageIndex index, Path messagesDir) {
    int recovered = run(index);
    if (!Files.isDirectory(messagesDir)) {
      return recovered;
    }
    Set<Path> known =
        index.list().stream().map(m -> m.file().toAbsolutePath()).collect(Collectors.toSet());
    try (DirectoryStream<Path> parts =
        Files.newDirectoryStream(messagesDir, "*.wav" + CrashSafeWavWriter.PART_SUFFIX)) {
      for (Path part : parts) {
        recovered += indexOrphan(index, part, known);
      }
    } catch (IOException e) {
      log.error("could not look for interrupted recordings in {}", messagesDir, e);
    }
    return recovered;
  }

  private static int indexOrphan(MessageIndex index, Path part, Set<Path> known) {
    String name = part.getFileName().toString();
    Path wav =
        part.resolveSibling(
            name.substring(0, name.length() - CrashSafeWavWriter.PART_SUFFIX.length()));
    if (known.contains(wav.toAbsolutePath())) {
      return 0;
    }
    try {
      Instant time = Files.getLastModifiedTime(part).toInstant();
      Optional<RecordingRecovery.Recovered> r = RecordingRecovery.recoverPart(part);
      if (r.isEmpty()) {
        return 0;
      }
      long id = index.create(time, "", "", List.of(Reason.of("message.recovered")), r.get().file());
      index.markRecovered(id, r.get().duration());
      log.warn(
          "indexed interrupted recording {} as message {} ({})",
          r.get().file(),
          id,
          r.get().duration());
      return 1;
    } catch (IOException | RuntimeException e) {
      log.error("could not recover the interrupted recording {}", part, e);
      return 0;
    }
  }

  /** Recovers what can be recovered; returns how many messages were recovered. */
  public static int run(MessageIndex index) {
    int recovered = 0;
    for (MessageEntry m : index.unfinished()) {
      try {
        Path part = m.file().resolveSibling(m.file().getFileName() + ".part");
        if (Files.exists(part)) {
          Optional<RecordingRecovery.Recovered> r = RecordingRecovery.recoverPart(part);
          if (r.isPresent()) {
            index.markRecovered(m.id(), r.get().duration());
            recovered++;
            log.warn(
                "recovered message {} from an interrupted recording: {} ({})",
                m.id(),
                r.get().file(),
                r.get().duration());
            continue;
          }
        }
        if (Files.exists(m.file())) {
          index.markRecovered(
              m.id(), Duration.ofMillis(Math.max(0, (Files.size(m.file()) - 44) / 16)));
          recovered++;
        } else {
          log.warn(
              "message {} was being recorded when the phone stopped, but no audio reached the disk",
              m.id());
          index.markFailed(m.id());
        }
      } catch (IOException | RuntimeException e) {
        log.error("could not recover message {} ({})", m.id(), m.file(), e);
      }
    }
    return recovered;
  }
}
