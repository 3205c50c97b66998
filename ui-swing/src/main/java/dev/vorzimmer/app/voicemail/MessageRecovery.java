package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.RecordingRecovery;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run once at start: messages whose recording was interrupted (crash, {@code kill -9}, power loss)
 * still have a row in state "recording" and a {@code .part} file. The file's header is repaired
 * and the message is marked "recovered" — at most the last second is lost.
 */
public final class MessageRecovery {
  private static final Logger log = LoggerFactory.getLogger(MessageRecovery.class);

  private MessageRecovery() {}

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
            log.warn("recovered message {} from an interrupted recording: {} ({})", m.id(), r.get().file(), r.get().duration());
            continue;
          }
        }
        if (Files.exists(m.file())) {
          index.markRecovered(m.id(), Duration.ofMillis(Math.max(0, (Files.size(m.file()) - 44) / 16)));
          recovered++;
        } else {
          log.warn("message {} was being recorded when the phone stopped, but no audio reached the disk", m.id());
          index.markFailed(m.id());
        }
      } catch (IOException | RuntimeException e) {
        log.error("could not recover message {} ({})", m.id(), m.file(), e);
      }
    }
    return recovered;
  }
}
