package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.app.LiveCalls;
import dev.vorzimmer.media.AnsweringMachine;
import dev.vorzimmer.media.AnsweringMachineListener;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.MediaSession;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpPortRange;
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
 * message that is indexed before its first sample. Live calls (the user talking) use the
 * microphone and speaker, or a recording for {@code vorzimmer call --play} (see
 * {@link LiveCallAudio}); they are kept by Call-ID for {@link LiveCalls} (mute, keypad).
 */
public final class CallAudio implements CallMedia, LiveCalls {
  private static final Logger log = LoggerFactory.getLogger(CallAudio.class);
  private final Greetings greetings;
  private final MessageRecorder messages;
  private volatile AnsweringMachineSettings settings;
  private final MediaPacer pacer;
  private final ScheduledExecutorService io;
  private final Consumer<String> hangUp;
  private final LiveCallAudio live;
  private final RtpPortRange.Allocator ports;

  /**
   * @param hangUp ends a call with BYE (called when the machine reached the maximum length or silence)
   * @param live the audio of calls the user takes or places
   */
  public CallAudio(Greetings greetings, MessageRecorder messages, AnsweringMachineSettings settings,
      MediaPacer pacer, ScheduledExecutorService io, Consumer<String> hangUp, LiveCallAudio live) {
    this(greetings, messages, settings, pacer, io, hangUp, live, RtpPortRange.ANY);
  }

  /** As above, with RTP ports taken from {@code rtpPorts} ({@code [media] rtp_ports}). */
  public CallAudio(Greetings greetings, MessageRecorder messages, AnsweringMachineSettings settings,
      MediaPacer pacer, ScheduledExecutorService io, Consumer<String> hangUp, LiveCallAudio live,
      RtpPortRange rtpPorts) {
    this.ports = rtpPorts.allocator();
    this.greetings = greetings;
    this.messages = messages;
    this.settings = settings;
    this.pacer = pacer;
    this.io = io;
    this.hangUp = hangUp;
    this.live = live;
  }

  /** Maximum length and silence for messages that start from now on. */
  public void machineSettings(AnsweringMachineSettings next) {
    settings = next;
  }

  @Override
  public MediaLeg prepare(String callId, String localAddress) throws IOException {
    return new Leg(callId, ports.open(InetAddress.getByName(localAddress)));
  }

  @Override
  public boolean setMuted(String callId, boolean on) {
    return live.setMuted(callId, on);
  }

  @Override
  public boolean sendDtmf(String callId, char digit) {
    return live.sendDtmf(callId, digit);
  }

  /** One call's RTP: idle until started, then the answering machine (or nothing, for live calls). */
  private final class Leg implements MediaLeg {
    private final String callId;
    private final RtpSocket socket;
    private MediaSession session;
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
      if (closed || session != null) {
        return;
      }
      RtpEndpoint endpoint = new RtpEndpoint(plan.remote(), plan.payloadType(),
          plan.telephoneEventPayloadType().orElse(-1), plan.ptimeMillis(), true);
      if (purpose == Purpose.LIVE) {
        session = live.start(callId, socket, endpoint);
        return;
      }
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
      session = new AnsweringMachine(socket, endpoint, greetings.forSlot(greeting), rec.file(), settings, listener, pacer, io);
      session.start();
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
      live.ended(callId);
      if (session != null) {
        session.close();
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
