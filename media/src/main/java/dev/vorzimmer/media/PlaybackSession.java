package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.DtmfSender;
import dev.vorzimmer.media.internal.rtp.Pacer;
import dev.vorzimmer.media.internal.rtp.RtpStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's audio without a sound card: sends a recording once (or nothing), then silence, paced
 * like the answering machine, and counts what the peer sends. Used for headless outgoing calls
 * ({@code vorzimmer call --play FILE}) and for live calls on a machine without an audio device,
 * so the RTP stream still flows and the peer hears silence rather than a dead line.
 */
public final class PlaybackSession implements MediaSession {
    private static final Logger LOG = LoggerFactory.getLogger(PlaybackSession.class);

    private final RtpSocket socket;
    private final RtpEndpoint endpoint;
    private final Greeting audio;
    private final MediaPacer pacer;
    private final RtpStream stream;
    private final DtmfSender dtmfOut;
    private final short[] frame;
    private final AtomicLong received = new AtomicLong();
    private Pacer.Registration registration;
    private int position;
    private boolean muted;
    private boolean stopped;

    /** @param audio what to play once before silence; {@code Greeting.of(new short[0])} for silence only */
    public PlaybackSession(RtpSocket socket, RtpEndpoint endpoint, Greeting audio, MediaPacer pacer) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.audio = Objects.requireNonNull(audio, "audio");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        int spp = endpoint.samplesPerPacket();
        this.frame = new short[spp];
        this.stream = new RtpStream(socket.channel(), endpoint.remote(), endpoint.payloadType(), spp, endpoint.latchToSource());
        this.dtmfOut = new DtmfSender(spp, Math.max(1, 100 / endpoint.ptimeMillis()));
    }

    @Override
    public synchronized void start() {
        if (registration != null) {
            throw new IllegalStateException("playback already started");
        }
        long period = TimeUnit.MILLISECONDS.toNanos(endpoint.ptimeMillis());
        registration = pacer.pacer().schedule(this::tick, period, "playback:" + socket.localPort());
    }

    @Override
    public void sendDtmf(char digit) {
        if (endpoint.telephoneEventPayloadType() < 0) {
            throw new IllegalStateException("peer did not negotiate telephone-event");
        }
        dtmfOut.enqueue(digit);
    }

    /** Sends silence instead of the recording while muted (the position keeps moving). */
    public synchronized void mute(boolean on) {
        muted = on;
    }

    /** RTP packets received from the peer so far. */
    public long packetsReceived() {
        return received.get();
    }

    private synchronized void tick(long tickIndex) {
        if (stopped) {
            return;
        }
        try {
            stream.drain(p -> received.incrementAndGet());
        } catch (ClosedChannelException e) {
            stop();
            return;
        } catch (IOException e) {
            LOG.debug("RTP receive on {} failed: {}", socket.localAddress(), e.getMessage());
        }
        Arrays.fill(frame, (short) 0);
        int n = Math.max(0, Math.min(frame.length, audio.length() - position));
        if (!muted) {
            for (int i = 0; i < n; i++) {
                frame[i] = audio.sample(position + i);
            }
        }
        position += n;
        if (dtmfOut.active()) {
            stream.sendEvent(endpoint.telephoneEventPayloadType(), dtmfOut.next(stream.nextTimestamp()));
        } else {
            stream.sendAudio(frame);
        }
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (registration != null) {
            registration.cancel();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            socket.close();
        } catch (IOException e) {
            LOG.warn("closing RTP socket {} failed", socket.localAddress(), e);
        }
    }
}
