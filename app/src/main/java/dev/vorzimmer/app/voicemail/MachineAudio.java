package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.AnsweringMachine;
import dev.vorzimmer.media.AnsweringMachineListener;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.MediaSession;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpSocket;
import dev.vorzimmer.screening.Reason;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answering machine's audio for one call at a time: the greeting of the slot the screener named
 * and a message that is indexed before its first sample; when the disk guard refuses, the greeting
 * only (nothing is recorded and the message index says why). A finished machine hangs up.
 */
final class MachineAudio {
  private static final Logger log = LoggerFactory.getLogger(MachineAudio.class);
  private final Greetings greetings;
  private final MessageRecorder messages;
  private final DiskGuard disk;
  private final MediaPacer pacer;
  private final ScheduledExecutorService io;
  private final Consumer<String> hangUp;
  private volatile AnsweringMachineSettings settings;

  MachineAudio(
      Greetings greetings,
      MessageRecorder messages,
      AnsweringMachineSettings settings,
      DiskGuard disk,
      MediaPacer pacer,
      ScheduledExecutorService io,
      Consumer<String> hangUp) {
    this.greetings = greetings;
    this.messages = messages;
    this.settings = settings;
    this.disk = disk;
    this.pacer = pacer;
    this.io = io;
    this.hangUp = hangUp;
  }

  /** Maximum length, silence and disk limits for messages that start from now on. */
  void settings(AnsweringMachineSettings next, long minFreeMb, long maxTotalMb) {
    settings = next;
    disk.limits(minFreeMb, maxTotalMb);
  }

  /**
   * A started machine for {@code callId} on {@code socket}, greeting from slot {@code greeting}.
   */
  MediaSession start(String callId, RtpSocket socket, RtpEndpoint endpoint, String greeting) {
    Optional<Reason> full = disk.refusal();
    if (full.isPresent()) {
      return greetingOnly(callId, socket, endpoint, greeting, full.get());
    }
    MessageRecorder.Recording rec = messages.begin(callId);
    MediaSession session =
        new AnsweringMachine(
            socket,
            endpoint,
            greetings.forSlot(greeting),
            rec.file(),
            settings,
            recording(callId, rec),
            pacer,
            io);
    session.start();
    return session;
  }

  private AnsweringMachineListener recording(String callId, MessageRecorder.Recording rec) {
    return new AnsweringMachineListener() {
      @Override
      public void recordingFailed(IOException error) {
        log.error(
            "call {}: recording failed, the call goes on: {}", callId, error.getMessage(), error);
        rec.failed(error);
      }

      @Override
      public void greetingSkipped() {
        log.info("call {}: greeting skipped (#)", callId);
      }

      @Override
      public void dtmf(Dtmf event) {
        log.info("call {}: DTMF {}", callId, event.digit());
      }

      @Override
      public void finished(Finished result) {
        rec.finished(result);
        if (result.reason() != FinishReason.STOPPED) {
          hangUp.accept(callId);
        }
      }
    };
  }

  /** The disk guard refused: the caller hears the greeting, then the call ends. */
  private MediaSession greetingOnly(
      String callId, RtpSocket socket, RtpEndpoint endpoint, String greeting, Reason why) {
    messages.notRecorded(callId, why);
    AnsweringMachineListener listener =
        new AnsweringMachineListener() {
          @Override
          public void finished(Finished result) {
            if (result.reason() != FinishReason.STOPPED) {
              hangUp.accept(callId);
            }
          }
        };
    MediaSession session =
        new AnsweringMachine(
            socket, endpoint, greetings.forSlot(greeting), null, settings, listener, pacer, io);
    session.start();
    return session;
  }
}
