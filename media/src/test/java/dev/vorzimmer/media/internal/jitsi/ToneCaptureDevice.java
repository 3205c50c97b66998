package dev.vorzimmer.media.internal.jitsi;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.control.FormatControl;
import javax.media.format.AudioFormat;
import javax.media.protocol.BufferTransferHandler;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferStream;

/**
 * A libjitsi push capture device (on libjitsi's own capture base classes, like its PulseAudio and
 * audiosilence devices) that "records" a sine tone at 48 kHz: a microphone for machines without
 * one.
 */
final class ToneCaptureDevice extends AbstractPushBufferCaptureDevice {

  static final double RATE = 48_000;
  private static final int FRAME = 960;
  private static final Format[] FORMATS = {
    new AudioFormat(
        AudioFormat.LINEAR,
        RATE,
        16,
        1,
        AudioFormat.LITTLE_ENDIAN,
        AudioFormat.SIGNED,
        Format.NOT_SPECIFIED,
        Format.NOT_SPECIFIED,
        Format.byteArray)
  };

  private final double hz;
  private final ScheduledExecutorService clock;

  ToneCaptureDevice(double hz, ScheduledExecutorService clock) {
    this.hz = hz;
    this.clock = clock;
  }

  static ScheduledExecutorService newClock() {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, "tone-device-clock");
          t.setDaemon(true);
          return t;
        });
  }

  @Override
  protected Format[] getSupportedFormats(int streamIndex) {
    return FORMATS.clone();
  }

  @Override
  protected AbstractPushBufferStream<?> createStream(int streamIndex, FormatControl formatControl) {
    return new ToneStream(this, formatControl);
  }

  private final class ToneStream extends AbstractPushBufferStream<ToneCaptureDevice> {
    private long sample;
    private ScheduledFuture<?> ticking;

    ToneStream(ToneCaptureDevice device, FormatControl formatControl) {
      super(device, formatControl);
    }

    @Override
    public void read(Buffer buffer) {
      byte[] data = new byte[FRAME * 2];
      for (int i = 0; i < FRAME; i++, sample++) {
        short v = (short) Math.round(10_000 * Math.sin(2 * Math.PI * hz * sample / RATE));
        data[2 * i] = (byte) v;
        data[2 * i + 1] = (byte) (v >> 8);
      }
      buffer.setData(data);
      buffer.setOffset(0);
      buffer.setLength(data.length);
      buffer.setFormat(getFormat());
    }

    @Override
    public synchronized void start() throws IOException {
      super.start();
      ticking =
          clock.scheduleAtFixedRate(
              () -> {
                BufferTransferHandler handler = transferHandler;
                if (handler != null) {
                  handler.transferData(this);
                }
              },
              0,
              20,
              TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() throws IOException {
      if (ticking != null) {
        ticking.cancel(false);
      }
      super.stop();
    }
  }
}
