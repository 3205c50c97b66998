package dev.vorzimmer.sip;

import java.io.IOException;

/**
 * The media side of calls, as sip-core sees it: it reserves a local RTP port before the SDP answer
 * is written, then starts audio for the call's purpose. The app implements it with the media module
 * (sip-core never imports media). Called on the SIP event thread: implementations must return
 * quickly and never block on audio.
 */
public interface CallMedia {
  /** What a call's audio is for. */
  enum Purpose {
    /** The answering machine: play the greeting, then record the caller. */
    VOICEMAIL,
    /** A conversation with the user (microphone and speaker). */
    LIVE,
    /** The robot challenge: play the prompt for the greeting id's language, report digits. */
    CHALLENGE,
    /** The caller hears a ringback tone while the user's phone rings (after a challenge). */
    RINGBACK,
    /** Early media of a rejected call: SIT tones and "not available" in the greeting's language. */
    INTERCEPT
  }

  /** Key presses the media side received as RFC 4733 events; called on a media thread. */
  @FunctionalInterface
  interface DigitListener {
    void digit(char digit);
  }

  /** No media at all: ports are still reserved so SDP is valid, but nothing is sent. */
  CallMedia NONE =
      (callId, localAddress) ->
          new MediaLeg() {
            private final java.net.DatagramSocket socket =
                new java.net.DatagramSocket(0, java.net.InetAddress.getByName(localAddress));

            @Override
            public int localPort() {
              return socket.getLocalPort();
            }

            @Override
            public void start(MediaPlan plan, Purpose purpose, String greeting) {}

            @Override
            public void update(MediaPlan plan) {}

            @Override
            public void close() {
              socket.close();
            }
          };

  /** Reserves local RTP for call {@code callId} on {@code localAddress}. */
  MediaLeg prepare(String callId, String localAddress) throws IOException;

  /** One call's audio. */
  interface MediaLeg extends AutoCloseable {
    /** The local RTP port to put into SDP. */
    int localPort();

    /**
     * Starts audio once the call is connected.
     *
     * @param greeting for {@link Purpose#VOICEMAIL}: the greeting id the policy chose ("default",
     *     "anonymous", "en" …)
     */
    void start(MediaPlan plan, Purpose purpose, String greeting);

    /**
     * Replaces the running audio by {@code purpose} on the same RTP port and stream (the robot
     * challenge: prompt, then ringback, then live or the answering machine). Legs that cannot
     * switch ignore it.
     */
    default void switchTo(Purpose purpose, String greeting) {}

    /** Where RFC 4733 digits go from now on (set before {@link #start}). */
    default void onDigit(DigitListener listener) {}

    /**
     * Run (once, on a media thread) when a fax or modem tone is heard during the challenge (set
     * before {@link #start}).
     */
    default void onFaxTone(Runnable listener) {}

    /** The peer changed the stream (re-INVITE: hold, resume, new address). */
    void update(MediaPlan plan);

    /** Stops audio and frees the port. Idempotent. */
    @Override
    void close();
  }
}
