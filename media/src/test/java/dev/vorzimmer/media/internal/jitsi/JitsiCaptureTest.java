package dev.vorzimmer.media.internal.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.audio.AudioMeasures;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.control.FormatControl;
import javax.media.format.AudioFormat;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPullBufferCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPullBufferStream;
import org.junit.jupiter.api.Test;

/**
 * The microphone adapter on a pull device (the kind PortAudio is: reads block until audio is
 * there), built on libjitsi's capture base classes, that offers only 16 kHz stereo.
 */
class JitsiCaptureTest {

  private static final int FRAME_BYTES = 320 * 4;
  private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  private final Semaphore readsStarted = new Semaphore(0);
  private final CountDownLatch stopped = new CountDownLatch(1);

  private final class StereoDevice extends AbstractPullBufferCaptureDevice {
    @Override
    protected Format[] getSupportedFormats(int streamIndex) {
      return new Format[] {
        new AudioFormat(
            AudioFormat.LINEAR,
            16_000,
            16,
            2,
            AudioFormat.LITTLE_ENDIAN,
            AudioFormat.SIGNED,
            Format.NOT_SPECIFIED,
            Format.NOT_SPECIFIED,
            Format.byteArray)
      };
    }

    @Override
    protected AbstractPullBufferStream<?> createStream(
        int streamIndex, FormatControl formatControl) {
      return new AbstractPullBufferStream<StereoDevice>(this, formatControl) {
        @Override
        public void read(Buffer buffer) throws IOException {
          readsStarted.release();
          try {
            byte[] data = frames.take();
            buffer.setData(data);
            buffer.setOffset(0);
            buffer.setLength(data.length);
            buffer.setFormat(getFormat());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
        }

        @Override
        public boolean willReadBlock() {
          return frames.isEmpty();
        }

        @Override
        public void stop() throws IOException {
          frames.add(new byte[0]);
          stopped.countDown();
          super.stop();
        }
      };
    }
  }

  private static byte[] stereoTone(int frameIndex) {
    byte[] b = new byte[FRAME_BYTES];
    for (int i = 0; i < 320; i++) {
      long n = frameIndex * 320L + i;
      short v = (short) Math.round(9000 * Math.sin(2 * Math.PI * 500 * n / 16_000.0));
      for (int c = 0; c < 2; c++) {
        b[4 * i + 2 * c] = (byte) v;
        b[4 * i + 2 * c + 1] = (byte) (v >> 8);
      }
    }
    return b;
  }

  @Test
  void readsAPullDeviceOnItsOwnThreadAndDeliversMono8kHz() throws Exception {
    Executor inline = Runnable::run;
    JitsiCapture capture = JitsiCapture.start(new StereoDevice(), "stereo mic", null, inline);
    for (int f = 0; f < 5; f++) {
      frames.add(stereoTone(f));
    }
    assertThat(readsStarted.tryAcquire(6, 10, TimeUnit.SECONDS))
        .as("the reader took all five frames")
        .isTrue();
    short[] got = new short[800];
    assertThat(capture.read(got)).as("100 ms at 8 kHz").isEqualTo(800);
    assertThat(AudioMeasures.rms(got)).isBetween(5000.0, 7000.0);
    assertThat(AudioMeasures.power(got, 500)).isGreaterThan(100 * AudioMeasures.power(got, 1500));
    assertThat(capture.read(new short[160])).as("nothing more captured").isZero();
    capture.close();
    assertThat(stopped.await(5, TimeUnit.SECONDS)).as("device stopped").isTrue();
    capture.close();
    assertThat(capture.problem()).isEmpty();
  }
}
