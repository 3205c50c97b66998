package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.screening.store.MessageIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the messages index in step with the answering machine: the message row exists before the
 * first sample is written, is linked to its call in the call log, and is completed (or marked
 * failed) when the recording ends. A crash in between leaves a row in state "recording" and a
 * {@code .part} file, which {@link MessageRecovery} turns into a "recovered" message at the next start.
 */
public final class MessageRecorder {
  private static final Logger log = LoggerFactory.getLogger(MessageRecorder.class);
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.systemDefault());

  /** What the index needs to know about the caller of a call. */
  public record CallerSummary(long callLogId, String caller, String display, List<String> reasons) {}

  private final MessageIndex index;
  private final CallLog callLog;
  private final Path dir;
  private final Function<String, Optional<CallerSummary>> callers;
  private final Clock clock;
  private final MessageListener listener;

  public MessageRecorder(MessageIndex index, CallLog callLog, Path dir,
      Function<String, Optional<CallerSummary>> callers, Clock clock, MessageListener listener) {
    this.index = index;
    this.callLog = callLog;
    this.dir = dir;
    this.callers = callers;
    this.clock = clock;
    this.listener = listener;
  }

  /** Creates the message row (before any audio) and returns its file and its completion hooks. */
  public Recording begin(String callId) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      log.error("cannot create the messages folder {}: {}", dir, e.getMessage());
    }
    Instant now = clock.instant();
    Path file = dir.resolve(FILE_TIME.format(now) + "-" + Integer.toHexString(callId.hashCode()) + ".wav");
    CallerSummary who = callers.apply(callId).orElse(new CallerSummary(-1, "", "unknown caller", List.of()));
    long id = index.create(now, who.caller(), who.display(), who.reasons(), file);
    if (who.callLogId() >= 0) {
      callLog.updateOutcome(who.callLogId(), "voicemail", Optional.of(id));
    }
    log.info("call {}: recording message {} into {}", callId, id, file);
    listener.recording(id, who.caller());
    return new Recording(id, file, who.caller());
  }

  /** Reports that {@code callId}'s caller heard the greeting but no message was recorded, and why. */
  public void notRecorded(String callId, String why) {
    String caller = callers.apply(callId).map(CallerSummary::caller).orElse("");
    log.warn("call {}: no message recorded: {}", callId, why);
    listener.notRecorded(caller, why);
  }

  /** One message being recorded. */
  public final class Recording {
    private final long id;
    private final Path file;
    private final String caller;
    private volatile boolean failed;

    Recording(long id, Path file, String caller) {
      this.id = id;
      this.file = file;
      this.caller = caller;
    }

    public Path file() {
      return file;
    }

    /** The recording cannot be written (disk full, unwritable folder); the call goes on. */
    public void failed(IOException error) {
      failed = true;
      listener.failed(id, caller, error.getMessage());
    }

    /** The machine finished: complete the row, or mark it failed when nothing could be kept. */
    public void finished(Finished result) {
      try {
        if (result.file() != null && !failed) {
          index.complete(id, result.recorded());
          listener.saved(id, caller, result.recorded());
        } else if (result.file() == null) {
          index.markFailed(id);
          if (!failed) {
            listener.failed(id, caller, "the caller hung up before the beep");
          }
        } else {
          // Partly written before a disk error: what reached the disk stays for recovery.
          log.warn("message {} was cut short by a write error; keeping {}", id, result.file());
          index.complete(id, result.recorded());
        }
      } catch (RuntimeException e) {
        log.error("could not update message {} in the index", id, e);
      }
    }
  }
}
