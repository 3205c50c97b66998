package dev.vorzimmer.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.testsupport.audio.TwoSpeakers;
import dev.vorzimmer.ui.messages.MessagePlayer.Snapshot;
import dev.vorzimmer.ui.messages.MessagePlayer.State;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The player model against a fake sound card: 8 kHz, 20 ms (160 samples) per write at normal speed.
 */
class MessagePlayerTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final float RATE = 8000;

  /** One second of seeded noise: no stretch of it repeats elsewhere. */
  private final short[] sound = noise(8000);

  private final BlockingQueue<Snapshot> states = new LinkedBlockingQueue<>();
  private final BlockingQueue<Snapshot> positions = new LinkedBlockingQueue<>();
  private MessagePlayer player;

  private static short[] noise(int length) {
    short[] s = new short[length];
    Random random = new Random(7);
    for (int i = 0; i < length; i++) {
      s[i] = (short) random.nextInt(-8000, 8000);
    }
    return s;
  }

  private MessagePlayer player(FakeSpeaker speaker) {
    return player(speaker, sound);
  }

  private MessagePlayer player(FakeSpeaker speaker, short[] samples) {
    return player(speaker.factory(), samples);
  }

  private MessagePlayer player(PcmOutput.Factory outputs, short[] samples) {
    player = new MessagePlayer("test", new MessageAudio(samples, RATE), outputs);
    player.addListener(
        new MessagePlayer.Listener() {
          @Override
          public void stateChanged(Snapshot now) {
            states.add(now);
          }

          @Override
          public void positionChanged(Snapshot now) {
            positions.add(now);
          }
        });
    return player;
  }

  @AfterEach
  void close() {
    if (player != null) {
      player.close();
    }
  }

  private Snapshot awaitState(State wanted) throws InterruptedException {
    return await(states, s -> s.state() == wanted, "state " + wanted);
  }

  private Snapshot awaitPosition(long millis) throws InterruptedException {
    return await(positions, s -> s.position().toMillis() == millis, "position " + millis + " ms");
  }

  private static Snapshot await(
      BlockingQueue<Snapshot> queue, java.util.function.Predicate<Snapshot> wanted, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Snapshot s;
    while ((s = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
      if (wanted.test(s)) {
        return s;
      }
    }
    return fail("no " + what + " within " + WAIT);
  }

  @Test
  void thePositionAdvancesByWhatWasWritten() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.gated();
    player(speaker).play();
    assertThat(awaitState(State.PLAYING).position()).isZero();
    speaker.allow(10);
    awaitPosition(200);
    assertThat(speaker.written()).containsExactly(Arrays.copyOf(sound, 1600));
    assertThat(player.snapshot().duration()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void seekJumpsAndPlayingGoesOnFromThere() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.gated();
    player(speaker).play();
    speaker.allow(5);
    awaitPosition(100);
    player.seek(Duration.ofMillis(600));
    assertThat(player.snapshot().position()).isEqualTo(Duration.ofMillis(600));
    speaker.allow(6); // one write may still carry sound from before the seek
    awaitPosition(700);
    assertThat(speaker.written())
        .startsWith(Arrays.copyOf(sound, 800))
        .containsSequence(Arrays.copyOfRange(sound, 4800, 5600));
  }

  @Test
  void pauseStopsWritingAndPlayResumesWhereItStopped() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.gated();
    player(speaker).play();
    speaker.allow(3);
    awaitPosition(60);
    player.pause();
    assertThat(awaitState(State.PAUSED).position()).isEqualTo(Duration.ofMillis(60));
    assertThat(player.playing()).isFalse();
    speaker.allow(5);
    assertThat(speaker.awaitWrites(4, Duration.ofMillis(300))).as("a write while paused").isFalse();
    assertThat(player.snapshot().position()).isEqualTo(Duration.ofMillis(60));
    player.play();
    awaitPosition(160);
    assertThat(speaker.written()).containsExactly(Arrays.copyOf(sound, 1280));
    assertThat(speaker.opens()).isEqualTo(2);
  }

  @Test
  void theEndOfTheMessageDrainsAndEndsAndPlayStartsOver() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.unlimited();
    player(speaker).play();
    Snapshot end = awaitState(State.ENDED);
    assertThat(end.position()).isEqualTo(end.duration()).isEqualTo(Duration.ofSeconds(1));
    assertThat(speaker.written()).containsExactly(sound);
    assertThat(speaker.drains()).isEqualTo(1);
    player.play();
    awaitState(State.ENDED);
    assertThat(speaker.written()).hasSize(2 * sound.length);
  }

  @Test
  void twiceAsFastWritesHalfTheSamplesAndKeepsThePitch() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.unlimited();
    player(speaker, TestWavs.sine(400, 1.0, RATE)).speed(2.0);
    player.play();
    assertThat(awaitState(State.ENDED).speed()).isEqualTo(2.0);
    short[] out = speaker.written();
    assertThat(out.length).isBetween(3900, 4200);
    // 400 Hz is 800 sign changes a second: about 400 in half a second (a plain rate change gives
    // 800)
    assertThat(TestWavs.zeroCrossings(out, 200, out.length - 200) * RATE / (out.length - 400))
        .isBetween(760f, 840f);
  }

  @Test
  void slowerSpeedWritesMoreSamples() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.unlimited();
    player(speaker).speed(0.75);
    player.play();
    awaitState(State.ENDED);
    assertThat(speaker.written().length).isBetween(10500, 10900);
  }

  @Test
  void noSoundCardIsReportedAndThePositionKept() throws Exception {
    player(FakeSpeaker.missing()).seek(Duration.ofMillis(300));
    player.play();
    Snapshot s = awaitState(State.NO_DEVICE);
    assertThat(s.position()).isEqualTo(Duration.ofMillis(300));
    assertThat(player.playing()).isFalse();
  }

  @Test
  void stopGoesBackToTheStartAndCloseEndsTheRun() throws Exception {
    FakeSpeaker speaker = FakeSpeaker.gated();
    player(speaker).play();
    speaker.allow(2);
    awaitPosition(40);
    player.stop();
    assertThat(awaitState(State.STOPPED).position()).isZero();
    player.play();
    awaitState(State.PLAYING);
    player.close();
    speaker.allow(10);
    assertThat(speaker.awaitWrites(3, Duration.ofMillis(300))).as("a write after close").isFalse();
  }

  @Test
  void theMessagePlaysOnTheSpeakerChosenInSettings() throws Exception {
    TwoSpeakers devices = new TwoSpeakers();
    SoundDevices settings = SoundDevices.of(devices);
    settings.choose(Optional.empty(), Optional.of(TwoSpeakers.SECOND));
    short[] quarter = Arrays.copyOf(sound, 2000);
    player(() -> new SinkOutput(settings::openOutput), quarter).play();
    awaitState(State.PLAYING);
    assertThat(awaitState(State.ENDED).position()).isEqualTo(Duration.ofMillis(250));
    assertThat(devices.heard(TwoSpeakers.SECOND).samples())
        .as("the chosen speaker")
        .containsExactly(quarter);
    assertThat(devices.heard(TwoSpeakers.FIRST).size()).as("the other speaker").isZero();
    assertThat(devices.awaitClosed(1, WAIT)).as("the speaker released after the message").isTrue();
    assertThat(devices.opened()).isEqualTo(1);
  }

  @Test
  void withoutASoundDeviceTheChosenSpeakerPathReportsNoDevice() throws Exception {
    SoundDevices none = SoundDevices.none("no sound card in this test");
    player(() -> new SinkOutput(none::openOutput), sound).play();
    assertThat(awaitState(State.NO_DEVICE).position()).isZero();
    assertThat(player.playing()).isFalse();
  }
}
