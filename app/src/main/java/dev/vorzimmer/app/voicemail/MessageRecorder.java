package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.media.Triage;
import dev.vorzimmer.screening.Reason;
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
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the messages index in step with the answering machine: the message row is created, linked
 * to its call in the call log, and completed (or marked failed) when the recording ends. Every
 * index and call-log write runs on the single {@code store} lane, in order, never on the SIP thread
 * that starts the recording (another process may hold the database for seconds).
 *
 * <p>Crash safety: the row is queued when the call is answered, seconds before the first sample
 * (the greeting plays first), so it normally exists before the {@code .part} file does. If the
 * database is busy and the phone dies before the row is written, the {@code .part} file still
 * carries the message's name, and {@link MessageRecovery} indexes such orphans as "recovered".
 */
public final class MessageRecorder {
  private static final Logger log = LoggerFactory.getLogger(MessageRecorder.class);
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.systemDefault());

  /** What the index needs to know about the caller of a call. */
  public record CallerSummary(
      long callLogId, String caller, String display, List<Reason> reasons) {}

  private final MessageIndex index;
  private final CallLog callLog;
  private final Path dir;
  private final Function<String, Optional<CallerSummary>> callers;
  private final Clock clock;
  private final MessageListener listener;
  private final Executor store;
  private final MessageTriaging triaging;

  /**
   * Without triage: messages keep the class "unknown" (treated as speech).
   *
   * @param store the single thread that does every index and call-log write (the policy's lane)
   */
  public MessageRecorder(
      MessageIndex index,
      CallLog callLog,
      Path dir,
      Function<String, Optional<CallerSummary>> callers,
      Clock clock,
      MessageListener listener,
      Executor store) {
    this(index, callLog, dir, callers, clock, listener, store, null);
  }

  /**
   * @param store the single thread that does every index and call-log write (the policy's lane)
   * @param triaging classifies each finished message off the SIP and store threads; null for none
   */
  public MessageRecorder(
      MessageIndex index,
      CallLog callLog,
      Path dir,
      Function<String, Optional<CallerSummary>> callers,
      Clock clock,
      MessageListener listener,
      Executor store,
      MessageTriaging triaging) {
    this.triaging = triaging;
    this.store = store;
    this.index = index;
    this.callLog = callLog;
    this.dir = dir;
    this.callers = callers;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Names the message file and queues its row on the store lane; returns at once (no database
   * access on the calling thread).
   */
  public Recording begin(String callId) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      log.error("cannot create the messages folder {}: {}", dir, e.getMessage());
    }
    Instant now = clock.instant();
    Path file =
        dir.resolve(FILE_TIME.format(now) + "-" + Integer.toHexString(callId.hashCode()) + ".wav");
    Recording rec = new Recording(file);
    onStore(callId, () -> rec.create(callId, now));
    return rec;
  }

  private void onStore(String callId, Runnable task) {
    try {
      store.execute(task);
    } catch (RejectedExecutionException e) {
      log.error("call {}: the message index is closed; the message stays for recovery", callId);
    }
  }

  /**
   * Reports that {@code callId}'s caller heard the greeting but no message was recorded, and why.
   */
  public void notRecorded(String callId, Reason why) {
    String caller = callers.apply(callId).map(CallerSummary::caller).orElse("");
    log.warn("call {}: no message recorded: {}", callId, why);
    listener.notRecorded(caller, why);
  }

  /** One message being recorded. Its row fields are confined to the store lane. */
  public final class Recording {
    private final Path file;
    private long id = -1;
    private Instant time;
    private CallerSummary who = new CallerSummary(-1, "", "", List.of());
    private String caller = "";
    private boolean failed;

    Recording(Path file) {
      this.file = file;
    }

    public Path file() {
      return file;
    }

    private void create(String callId, Instant now) {
      time = now;
      try {
        who = callers.apply(callId).orElse(new CallerSummary(-1, "", "", List.of()));
        caller = who.caller();
      } catch (RuntimeException e) {
        log.error("call {}: could not look up the caller of message {}", callId, file, e);
      }
      if (indexed(callId)) {
        log.info("call {}: recording message {} into {}", callId, id, file);
        listener.recording(id, caller);
      }
    }

    /** Writes the row (and links the call) if not done yet; false if the store refused. */
    private boolean indexed(String callId) {
      if (id >= 0) {
        return true;
      }
      try {
        id = index.create(time, who.caller(), who.display(), who.reasons(), file);
        if (who.callLogId() >= 0) {
          callLog.updateOutcome(who.callLogId(), "voicemail", Optional.of(id));
        }
        return true;
      } catch (RuntimeException e) {
        log.error("call {}: could not index the message {} yet", callId, file, e);
        return false;
      }
    }

    /**
     * The caller hung up before the beep: that is no message. The row goes and the call keeps no
     * link, so the call list says "hung up during the greeting" (or "missed" if it had rung).
     */
    private void endedInGreeting() {
      log.info("message {}: the caller hung up during the greeting; no message", id);
      index.delete(id);
      if (who.callLogId() >= 0) {
        callLog.unlinkMessage(who.callLogId());
      }
      listener.failed(id, caller, "the caller hung up during the greeting");
    }

    /** The recording cannot be written (disk full, unwritable folder); the call goes on. */
    public void failed(IOException error) {
      onStore(
          file.toString(),
          () -> {
            failed = true;
            listener.failed(id, caller, error.getMessage());
          });
    }

    /**
     * The machine finished: triage the audio (off this thread), then complete the row, or mark it
     * failed when nothing could be kept.
     */
    public void finished(Finished result) {
      if (triaging == null || result.file() == null) {
        onStore(file.toString(), () -> finish(result, Optional.empty()));
      } else {
        triaging.classify(
            result.file(), triage -> onStore(file.toString(), () -> finish(result, triage)));
      }
    }

    private void finish(Finished result, Optional<Triage> triage) {
      if (!indexed(file.toString())) {
        log.warn("message {} has no row in the index; the file stays in the messages folder", file);
        return;
      }
      try {
        if (result.file() != null && !failed) {
          index.complete(id, result.recorded());
          boolean robot = triaging != null && triaging.store(index, id, caller, triage);
          listener.saved(
              id,
              caller,
              result.recorded(),
              triage.map(t -> t.kind().label()).orElse(MessageIndex.TRIAGE_UNKNOWN),
              robot);
          if (robot) {
            triaging.proposeRange(caller, listener);
          }
        } else if (result.file() == null && !failed) {
          endedInGreeting();
        } else if (result.file() == null) {
          index.markFailed(id);
        } else {
          // Partly written before a disk error: what reached the disk stays for recovery.
          log.warn("message {} was cut short by a write error; keeping {}", id, result.file());
          index.complete(id, result.recorded());
          if (triaging != null) {
            triaging.store(index, id, caller, triage);
          }
        }
      } catch (RuntimeException e) {
        log.error("could not update message {} in the index", id, e);
      }
    }
  }
}
