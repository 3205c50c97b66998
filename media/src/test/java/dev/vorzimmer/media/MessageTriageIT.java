package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.AnsweringMachineListener.FinishReason;
import dev.vorzimmer.media.Triage.Kind;
import dev.vorzimmer.media.internal.rtp.G711;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages left with a real answering machine over RTP on 127.0.0.1 (A-law, the caller paced in
 * real time) are classified from the WAV it stored: a fax machine's calling tone as tones, a spoken
 * message as speech.
 */
class MessageTriageIT {

  private static MediaPacer pacer;
  private static ScheduledExecutorService io;

  @TempDir Path dir;

  @BeforeAll
  static void startPacer() {
    pacer = MediaPacer.start();
    io = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterAll
  static void stopPacer() {
    pacer.close();
    io.shutdownNow();
  }

  private Path leaveMessage(String name, short[] audio) throws Exception {
    Path target = dir.resolve(name + ".wav");
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      RtpEndpoint ep = new RtpEndpoint(caller.address(), G711.PCMA, 101, 20, true);
      try (AnsweringMachine m =
          new AnsweringMachine(
              socket,
              ep,
              Greeting.of(new short[2400]),
              target,
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io)) {
        m.start();
        listener.recordingStarted.get(10, TimeUnit.SECONDS);
        caller.sendAudio(G711.PCMA, audio, 0, () -> false);
        m.stop();
        assertThat(listener.finished.get(10, TimeUnit.SECONDS).reason())
            .isEqualTo(FinishReason.STOPPED);
      }
    }
    return target;
  }

  @Test
  void aFaxMachinesCallingToneIsTones() throws Exception {
    short[] cng =
        TriageCorpus.repeat(
            TriageCorpus.concat(Synth.tone(1100, 500, 0.3), new short[3 * 8000]), 2);

    Triage t = MessageTriage.classify(leaveMessage("fax", cng));

    assertThat(t.kind()).isEqualTo(Kind.TONES);
    assertThat(t.signals()).containsExactly(Triage.Signal.FAX_CALLING);
  }

  @Test
  void aSpokenMessageIsSpeech() throws Exception {
    short[] said = TriageCorpus.clip("speech-en-garage.wav");

    Triage t = MessageTriage.classify(leaveMessage("speech", said));

    assertThat(t.kind()).isEqualTo(Kind.SPEECH);
    assertThat(t.speechSeconds()).isGreaterThan(2.0);
  }
}
