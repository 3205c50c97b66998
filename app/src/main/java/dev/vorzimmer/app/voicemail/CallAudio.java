package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.app.LiveCalls;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.MediaSession;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpPortRange;
import dev.vorzimmer.media.RtpSocket;
import dev.vorzimmer.media.SrtpParameters;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.MediaPlan;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sip-core's {@link CallMedia} on top of the media module: every call gets its own RTP socket (its
 * port goes into SDP); calls for the answering machine play the greeting and record a message that
 * is indexed before its first sample. Live calls (the user talking) use the microphone and speaker,
 * or a recording for {@code vorzimmer call --play} (see {@link LiveCallAudio}); they are kept by
 * Call-ID for {@link LiveCalls} (mute, keypad).
 */
public final class CallAudio implements CallMedia, LiveCalls {
  private static final Logger log = LoggerFactory.getLogger(CallAudio.class);
  private final MachineAudio machine;
  private final Consumer<String> hangUp;
  private final LiveCallAudio live;
  private final RtpPortRange.Allocator ports;
  private final ChallengeAudio challenge;

  /**
   * @param hangUp ends a call with BYE (called when the machine reached the maximum length or
   *     silence, or a call's audio failed)
   * @param live the audio of calls the user takes or places
   * @param disk whether a message may be recorded now (else the caller hears the greeting only)
   */
  public CallAudio(
      Greetings greetings,
      MessageRecorder messages,
      AnsweringMachineSettings settings,
      DiskGuard disk,
      MediaPacer pacer,
      ScheduledExecutorService io,
      Consumer<String> hangUp,
      LiveCallAudio live) {
    this(greetings, messages, settings, disk, pacer, io, hangUp, live, RtpPortRange.ANY);
  }

  /** As above, with RTP ports taken from {@code rtpPorts} ({@code [media] rtp_ports}). */
  public CallAudio(
      Greetings greetings,
      MessageRecorder messages,
      AnsweringMachineSettings settings,
      DiskGuard disk,
      MediaPacer pacer,
      ScheduledExecutorService io,
      Consumer<String> hangUp,
      LiveCallAudio live,
      RtpPortRange rtpPorts) {
    this.ports = rtpPorts.allocator();
    this.machine = new MachineAudio(greetings, messages, settings, disk, pacer, io, hangUp);
    this.hangUp = hangUp;
    this.live = live;
    this.challenge = new ChallengeAudio(greetings, pacer);
  }

  /** Maximum length, silence and disk limits for messages that start from now on. */
  public void machineSettings(AnsweringMachineSettings next, long minFreeMb, long maxTotalMb) {
    machine.settings(next, minFreeMb, maxTotalMb);
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

  @Override
  public void addDeviceListener(java.util.function.Consumer<Devices> listener) {
    live.addDeviceListener(listener);
  }

  /**
   * The media endpoint of a negotiated plan; a dynamic payload type carries the codec its rtpmap
   * named.
   */
  static RtpEndpoint endpointOf(MediaPlan plan) {
    int codec = "PCMA".equalsIgnoreCase(plan.encoding()) ? 8 : 0;
    RtpEndpoint plain =
        new RtpEndpoint(
            plan.remote(),
            plan.payloadType(),
            plan.telephoneEventPayloadType().orElse(-1),
            plan.ptimeMillis(),
            true,
            codec);
    return srtpOf(plan).map(plain::withSrtp).orElse(plain);
  }

  private static java.util.Optional<SrtpParameters> srtpOf(MediaPlan plan) {
    return plan.srtp()
        .map(
            k ->
                new SrtpParameters(
                    SrtpParameters.Suite.valueOf(k.suite()), k.sendKeySalt(), k.receiveKeySalt()));
  }

  /**
   * One call's RTP: idle until started, then the answering machine (or nothing, for live calls).
   */
  private final class Leg implements MediaLeg {
    private final String callId;
    private final RtpSocket socket;
    private MediaSession session;

    /** The SRTP keys the session runs with (null: plain RTP). */
    private SrtpParameters keys;

    private boolean closed;
    private CallMedia.DigitListener digits = d -> {};
    private Runnable faxTone = () -> {};
    private RtpEndpoint endpoint;

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
      endpoint = endpointOf(plan);
      keys = endpoint.srtp().orElse(null);
      begin(purpose, greeting);
    }

    @Override
    public void onDigit(CallMedia.DigitListener listener) {
      digits = listener;
    }

    @Override
    public void onFaxTone(Runnable listener) {
      faxTone = listener;
    }

    /**
     * The robot challenge moves on: the running audio stops and the next starts on the same socket
     * and for the same peer (a new RTP stream: new SSRC, sequence and timestamps).
     */
    @Override
    public synchronized void switchTo(Purpose purpose, String greeting) {
      if (closed || session == null) {
        return;
      }
      session.stop();
      session = null;
      log.info("call {}: audio switches to {}", callId, purpose);
      begin(purpose, greeting);
    }

    private void begin(Purpose purpose, String greeting) {
      if (ChallengeAudio.handles(purpose)) {
        session = challenge.start(purpose, socket, endpoint, greeting, digits::digit, faxTone);
        return;
      }
      if (purpose == Purpose.LIVE) {
        session = live.start(callId, socket, endpoint, () -> hangUp.accept(callId));
        return;
      }
      session = machine.start(callId, socket, endpoint, greeting);
    }

    /**
     * A hold or resume (RFC 3264): when the peer holds us (we may not send) or we hold (we only
     * send, and have nothing to send), the microphone never leaves us; while we do not receive,
     * nothing is played. Resuming restores both.
     */
    @Override
    public synchronized void update(MediaPlan plan) {
      boolean send = plan.sending() && plan.receiving();
      log.info(
          "call {}: stream {} (we send: {}, we receive: {})",
          callId,
          send ? "flows" : "on hold",
          send,
          plan.receiving());
      if (session != null) {
        session.setDirection(send, plan.receiving());
        if (!plan.remote().isUnresolved() && !plan.remote().getAddress().isAnyLocalAddress()) {
          session.remoteChanged(plan.remote());
        }
        srtpOf(plan)
            .filter(k -> keys != null && !k.equals(keys))
            .ifPresent(
                k -> {
                  keys = k;
                  session.keysChanged(k);
                });
      }
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
