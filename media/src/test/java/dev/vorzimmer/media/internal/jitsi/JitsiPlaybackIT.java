package dev.vorzimmer.media.internal.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.internal.audio.PcmFormat;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.PlugIn;
import javax.media.Renderer;
import javax.media.ResourceUnavailableException;
import javax.media.format.AudioFormat;
import org.junit.jupiter.api.Test;

/**
 * The speaker adapter against a stand-in FMJ renderer (the machine has no sound card): what the
 * renderer is handed, in which format and at what pace, and that closing releases it.
 */
class JitsiPlaybackIT {

  /** Collects what it is asked to play; can refuse the format or fail after some frames. */
  private static final class FakeRenderer implements Renderer {
    final ByteArrayOutputStream played = new ByteArrayOutputStream();
    final CountDownLatch oneSecond = new CountDownLatch(50);
    final CountDownLatch closed = new CountDownLatch(1);
    final boolean acceptsFormat;
    final int failAfter;
    volatile Format input;
    int frames;

    FakeRenderer(boolean acceptsFormat, int failAfter) {
      this.acceptsFormat = acceptsFormat;
      this.failAfter = failAfter;
    }

    @Override
    public Format[] getSupportedInputFormats() {
      return new Format[] {JitsiFormats.CALL};
    }

    @Override
    public synchronized int process(Buffer buffer) {
      if (++frames > failAfter) {
        return PlugIn.BUFFER_PROCESSED_FAILED;
      }
      assertThat(buffer.getFormat()).isEqualTo(JitsiFormats.CALL);
      played.write((byte[]) buffer.getData(), buffer.getOffset(), buffer.getLength());
      oneSecond.countDown();
      return PlugIn.BUFFER_PROCESSED_OK;
    }

    synchronized short[] samples() {
      byte[] b = played.toByteArray();
      return PcmFormat.CALL.toMono(b, 0, b.length);
    }

    @Override
    public Format setInputFormat(Format format) {
      if (!acceptsFormat) {
        return null;
      }
      input = format;
      return format;
    }

    @Override
    public void start() {}

    @Override
    public void stop() {}

    @Override
    public void close() {
      closed.countDown();
    }

    @Override
    public String getName() {
      return "fake";
    }

    @Override
    public void open() {}

    @Override
    public void reset() {}

    @Override
    public Object getControl(String name) {
      return null;
    }

    @Override
    public Object[] getControls() {
      return new Object[0];
    }
  }

  @Test
  void feedsTheRendererTheWrittenAudioAfterTheJitterPrefillAndClosesIt() throws Exception {
    FakeRenderer renderer = new FakeRenderer(true, Integer.MAX_VALUE);
    JitsiPlayback speaker = JitsiPlayback.start(renderer, "fake speaker");
    assertThat(((AudioFormat) renderer.input).getSampleRate()).isEqualTo(8000.0);
    short[] ramp = new short[1600];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = (short) (i + 1);
    }
    speaker.write(ramp, 0, ramp.length);
    assertThat(renderer.oneSecond.await(10, TimeUnit.SECONDS))
        .as("50 frames of 20 ms rendered")
        .isTrue();
    speaker.close();
    assertThat(renderer.closed.await(5, TimeUnit.SECONDS))
        .as("renderer closed by the speaker thread")
        .isTrue();
    short[] played = renderer.samples();
    int start = 0;
    while (start < played.length && played[start] == 0) {
      start++;
    }
    assertThat(start % 160).as("silence before the audio is whole frames").isZero();
    assertThat(played).hasSizeGreaterThanOrEqualTo(start + ramp.length);
    for (int i = 0; i < ramp.length; i++) {
      assertThat(played[start + i]).isEqualTo(ramp[i]);
    }
    assertThat(speaker.problem()).isEmpty();
  }

  @Test
  void aRendererThatRefusesTheFormatIsReportedAtOpen() {
    assertThatThrownBy(() -> JitsiPlayback.start(new FakeRenderer(false, 0), "picky"))
        .isInstanceOf(ResourceUnavailableException.class)
        .hasMessageContaining("picky");
  }

  @Test
  void aRendererThatFailsMidCallBecomesAProblemAndIsClosed() throws Exception {
    FakeRenderer renderer = new FakeRenderer(true, 3);
    JitsiPlayback speaker = JitsiPlayback.start(renderer, "flaky");
    assertThat(renderer.closed.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(speaker.problem()).map(DeviceProblem::kind).contains(DeviceProblem.Kind.FAILED);
    speaker.write(new short[160], 0, 160);
    speaker.close();
  }
}
