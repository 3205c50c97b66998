package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.AnsweringMachine;
import dev.vorzimmer.media.AnsweringMachineListener;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpSocket;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.MediaPlan;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sip-core's {@link CallMedia} on top of the media module: every call gets its own RTP socket
 * (its port goes into SDP); calls for the answering machine play the greeting and record a
 * message that is indexed before its first sample. Live audio (the user talking) needs a sound
 * device and is not wired yet: such calls carry no audio and say so in the log.
 */
public final class VoicemailCallMedia implements CallMedia {
  private static final Logger log = LoggerFactory.getLogger(VoicemailCallMedia.class);
  private final Greetings greetings;
  private final MessageRecorder messages;
  private final AnsweringMachineSettings settings;
  private final MediaPacer pacer;
  private final ScheduledExecutorService io;
  private final Consumer<String> hangUp;

  /**
   * @param hangUp ends a call with BYE (called when the machine reached the maximum length or silence)
   */
  public VoicemailCallMedia(Greetings greetings, MessageRecorder messages, AnsweringMachineSettings settings,
      MediaPacer pacer, ScheduledExecutorService io, Consumer<String> hangUp) {
    this.greetings = greetings;
    this.messages = messages;
    this.settings = settings;
    this.pacer = pacer;
    this.io = io;
    this.hangUp = hangUp;
  }

  @Override
  public MediaLeg prepare(String callId, String localAddress) throws IOException {
    return new Leg(callId, RtpSocket.open(InetAddress.getByName(localAddress), 0));
  }

  /** One call's RTP: idle until started, then the answering machine (or nothing, for live calls). */
  private final class Leg implements MediaLeg {
    private final String callId;
    private final RtpSocket socket;
    private AnsweringMachine machine;
    private boolean closed;

    Leg(String callId, RtpSocket socket) {
      this.callId = callId;
      this.socket = socket;
    }

    @Override
    public int localPort() {
      return socket.localPort();
    }

    @Override
    public synchronized void start(MediaPlan plan, Purpose purpose, String greeting) {
      if (closed || machine != null) {
        return;
      }
      if (purpose == Purpose.LIVE) {
        log.warn("call {}: live audio needs a sound device, which is not wired yet; the call has no audio", callId);
        return;
      }
      RtpEndpoint endpoint = new RtpEndpoint(plan.remote(), plan.payloadType(),
          plan.telephoneEventPayloadType().orElse(-1), plan.ptimeMillis(), true);
      MessageRecorder.Recording rec = messages.begin(callId);
      AnsweringMachineListener listener = new AnsweringMachineListener() {
        @Override
        public void recordingFailed(IOException error) {
          log.error("call {}: recording failed, the call goes on: {}", callId, error.getMessage(), error);
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
      machine = new AnsweringMachine(socket, endpoint, greetings.forSlot(greeting), rec.file(), settings, listener, pacer, io);
      machine.start();
    }

    @Override
    public void update(MediaPlan plan) {
      log.debug("call {}: stream changed to {} (sending={})", callId, plan.remote(), plan.sending());
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (machine != null) {
        machine.close();
      } else {
        try {
          socket.close();
        } catch (IOException e) {
          log.warn("call {}: closing RTP socket failed", callId, e);
        }
      }
    }
  }
}
