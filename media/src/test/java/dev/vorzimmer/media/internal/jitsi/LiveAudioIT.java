package dev.vorzimmer.media.internal.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.CollectingAudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.LiveSession;
import dev.vorzimmer.media.LiveSessionListener;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpSocket;
import dev.vorzimmer.media.SampleAudioSource;
import dev.vorzimmer.media.internal.audio.AudioMeasures;
import dev.vorzimmer.media.internal.rtp.G711;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live call between two {@link LiveSession}s over real UDP on 127.0.0.1, with libjitsi started in
 * this JVM (PulseAudio and PortAudio switched off, as on a machine without sound hardware): audio
 * both ways, DTMF, mute, and a side whose only device is libjitsi's silence device.
 */
class LiveAudioIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  @TempDir static Path data;
  private static AudioDevices devices;
  private static MediaPacer pacer;
  private static ExecutorService releaser;

  @BeforeAll
  static void startDeviceLayer() {
    System.setProperty(JitsiEnvironment.PULSEAUDIO_SYSTEM + JitsiEnvironment.DISABLED, "true");
    System.setProperty(JitsiEnvironment.PORTAUDIO_SYSTEM + JitsiEnvironment.DISABLED, "true");
    devices = JitsiAudioDevices.open(data);
    pacer = MediaPacer.start();
    releaser = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stopDeviceLayer() {
    pacer.close();
    devices.close();
    releaser.shutdown();
  }

  /** Two sessions wired to each other's sockets. */
  private static final class Call implements AutoCloseable {
    final CollectingAudioSink speakerA = new CollectingAudioSink();
    final BlockingQueue<Object> eventsB = new LinkedBlockingQueue<>();
    final LiveSession a;
    final LiveSession b;

    Call(AudioSource micA, AudioSource micB, AudioSink speakerB) throws Exception {
      RtpSocket socketA = RtpSocket.openLoopback();
      RtpSocket socketB = RtpSocket.openLoopback();
      a =
          new LiveSession(
              socketA,
              RtpEndpoint.of(socketB.localAddress(), G711.PCMU),
              micA,
              speakerA,
              pacer,
              new LiveSessionListener() {});
      b =
          new LiveSession(
              socketB,
              RtpEndpoint.of(socketA.localAddress(), G711.PCMU),
              micB,
              speakerB,
              pacer,
              new LiveSessionListener() {
                @Override
                public void devices(DeviceState state) {
                  eventsB.add(state);
                }

                @Override
                public void dtmf(Dtmf event) {
                  eventsB.add(event);
                }
              });
      a.start();
      b.start();
    }

    @Override
    public void close() {
      a.close();
      b.close();
    }
  }

  @Test
  void carriesAToneEachWayAndDtmfAndMuteFromTheFakeSideToTheLibjitsiSide() throws Exception {
    ScheduledExecutorService deviceClock = ToneCaptureDevice.newClock();
    CollectingAudioSink speakerB = new CollectingAudioSink();
    AudioSource libjitsiMic =
        JitsiCapture.start(new ToneCaptureDevice(1000, deviceClock), "tone device", null, releaser);
    try (Call call = new Call(SampleAudioSource.tone(440, 8000), libjitsiMic, speakerB)) {
      short[] heardByB = tail(speakerB.await(8000, WAIT), 4000);
      assertThat(AudioMeasures.rms(heardByB)).as("B hears A").isGreaterThan(3000);
      assertThat(AudioMeasures.power(heardByB, 440))
          .as("A's 440 Hz tone")
          .isGreaterThan(100 * AudioMeasures.power(heardByB, 1000));
      short[] heardByA = tail(call.speakerA.await(8000, WAIT), 4000);
      assertThat(AudioMeasures.rms(heardByA))
          .as("A hears B's libjitsi capture")
          .isGreaterThan(3000);
      assertThat(AudioMeasures.power(heardByA, 1000))
          .as("the 1 kHz tone resampled from 48 kHz")
          .isGreaterThan(100 * AudioMeasures.power(heardByA, 440));

      call.a.sendDtmf('7');
      assertThat(nextDtmf(call.eventsB)).isEqualTo('7');

      call.a.setMuted(true);
      int mark = speakerB.size();
      short[] afterMute =
          Arrays.copyOfRange(speakerB.await(mark + 8000, WAIT), mark + 2400, mark + 8000);
      assertThat(AudioMeasures.rms(afterMute)).as("muted: B hears silence").isLessThan(50);
      assertThat(AudioMeasures.rms(tail(call.speakerA.samples(), 2000)))
          .as("B is not muted")
          .isGreaterThan(3000);
    } finally {
      deviceClock.shutdownNow();
    }
  }

  @Test
  void withOnlyLibjitsisSilenceDeviceTheCallRunsAndSaysThereIsNoMicrophoneOrSpeaker()
      throws Exception {
    assertThat(devices.inputs())
        .extracting(AudioDevice::id)
        .anyMatch(id -> id.startsWith("audiosilence:"));
    assertThat(devices.outputs()).isEmpty();
    assertThat(devices.problem()).map(DeviceProblem::kind).contains(DeviceProblem.Kind.NO_DEVICE);
    AudioSource silence = devices.openInput(Optional.empty());
    AudioSink nowhere = devices.openOutput(Optional.empty());
    assertThat(silence).isInstanceOf(JitsiCapture.class);
    try (Call call = new Call(SampleAudioSource.tone(440, 8000), silence, nowhere)) {
      LiveSessionListener.DeviceState state =
          (LiveSessionListener.DeviceState) call.eventsB.poll(10, TimeUnit.SECONDS);
      assertThat(state).isNotNull();
      assertThat(state.usable()).isFalse();
      assertThat(state.microphoneProblem())
          .map(DeviceProblem::kind)
          .contains(DeviceProblem.Kind.NO_DEVICE);
      assertThat(state.speakerProblem())
          .map(DeviceProblem::kind)
          .contains(DeviceProblem.Kind.NO_DEVICE);
      short[] heardByA = call.speakerA.await(8000, WAIT);
      assertThat(AudioMeasures.rms(heardByA)).as("B sends silence, not nothing").isLessThan(50);
      assertThat(call.a.packetsReceived()).isGreaterThanOrEqualTo(50);
      assertThat(call.b.packetsReceived()).as("B still receives A").isGreaterThanOrEqualTo(50);
    }
  }

  private static char nextDtmf(BlockingQueue<Object> events) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event instanceof LiveSessionListener.Dtmf dtmf) {
        return dtmf.digit();
      }
    }
    throw new AssertionError("no DTMF within " + WAIT);
  }

  private static short[] tail(short[] s, int n) {
    return Arrays.copyOfRange(s, Math.max(0, s.length - n), s.length);
  }
}
