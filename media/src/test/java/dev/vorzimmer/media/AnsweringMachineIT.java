package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.AnsweringMachineListener.FinishReason;
import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import dev.vorzimmer.media.internal.rtp.TelephoneEvent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The answering machine against a real RTP peer over UDP on 127.0.0.1. */
class AnsweringMachineIT {

  private static final int TE = 101;

  /**
   * Above this load the scheduler, not our pacer, decides the gaps (seen: load 8 on 2 cores gives
   * 40-60 ms stalls of the whole JVM), so the p99 bound is only asserted on a machine with spare
   * CPU.
   */
  private static final double MAX_LOAD_PER_CORE = 1.0;

  private static final Logger LOG = LoggerFactory.getLogger(AnsweringMachineIT.class);
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

  private AnsweringMachine machine(
      TestCaller caller,
      int pt,
      Greeting greeting,
      Path target,
      AnsweringMachineSettings settings,
      RecordingListener listener)
      throws IOException {
    RtpSocket socket = RtpSocket.openLoopback();
    caller.target(socket.localPort());
    RtpEndpoint ep = new RtpEndpoint(caller.address(), pt, TE, 20, true);
    return new AnsweringMachine(socket, ep, greeting, target, settings, listener, pacer, io);
  }

  private static Greeting tone(double seconds) {
    return Greeting.of(WavFiles.signal((int) (8000 * seconds), 99));
  }

  /**
   * Symmetric RTP: we send from the port we put into SDP (where we receive), so NATs and SBCs can
   * latch on.
   */
  @Test
  void sendsFromThePortItReceivesOn() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller()) {
      RtpSocket socket = RtpSocket.openLoopback();
      int ours = socket.localPort();
      caller.target(ours);
      RtpEndpoint ep = new RtpEndpoint(caller.address(), G711.PCMU, TE, 20, true);
      try (AnsweringMachine m =
          new AnsweringMachine(
              socket,
              ep,
              tone(0.5),
              dir.resolve("sym.wav"),
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io)) {
        m.start();
        List<TestCaller.Arrival> packets =
            caller.awaitArrivals(10, java.time.Duration.ofSeconds(5));

        assertThat(packets).hasSizeGreaterThanOrEqualTo(10);
        assertThat(packets).extracting(a -> a.source().getPort()).containsOnly(ours);
        m.stop();
      }
    }
  }

  @Test
  void playsGreetingPacedThenRecordsWhatTheCallerSays() throws Exception {
    Greeting greeting = tone(5);
    Path target = dir.resolve("msg.wav");
    RecordingListener listener = new RecordingListener();
    short[] said = WavFiles.signal(3 * 8000, 7);
    try (TestCaller caller = new TestCaller();
        AnsweringMachine m =
            machine(
                caller,
                G711.PCMU,
                greeting,
                target,
                AnsweringMachineSettings.defaults(),
                listener)) {
      m.start();
      listener.recordingStarted.get(10, TimeUnit.SECONDS);
      List<TestCaller.Arrival> greetingPackets = caller.arrivals();
      caller.sendAudio(G711.PCMU, said, 1000, () -> false);
      m.stop();
      Finished done = listener.finished.get(10, TimeUnit.SECONDS);

      assertThat(done.reason()).isEqualTo(FinishReason.STOPPED);
      assertThat(done.file()).isEqualTo(target);
      assertGreetingWasPacedAndIntact(greetingPackets, greeting);
    }
    short[] recorded = WavFiles.read(target);
    assertThat(recorded.length / 8000.0).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.3));
    assertThat(Signals.rms(recorded)).isGreaterThan(1000);
    assertThat(Signals.bestCorrelation(said, recorded, 800)).isGreaterThan(0.9);
    assertThat(listener.events)
        .containsSubsequence(
            "greetingStarted", "greetingFinished", "recordingStarted", "finished:STOPPED");
  }

  private static void assertGreetingWasPacedAndIntact(
      List<TestCaller.Arrival> packets, Greeting greeting) {
    assertThat(packets.size()).isGreaterThanOrEqualTo(greeting.length() / 160);
    assertThat(packets).allSatisfy(a -> assertThat(a.packet().payload()).hasSize(160));
    long[] gaps = new long[packets.size() - 1];
    for (int i = 1; i < packets.size(); i++) {
      gaps[i - 1] = (packets.get(i).nanos() - packets.get(i - 1).nanos()) / 1000;
    }
    java.util.Arrays.sort(gaps);
    long p99 = gaps[(int) Math.ceil(gaps.length * 0.99) - 1];
    String largest =
        java.util.Arrays.toString(java.util.Arrays.copyOfRange(gaps, gaps.length - 5, gaps.length));
    double loadPerCore =
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
            / Runtime.getRuntime().availableProcessors();
    if (loadPerCore <= MAX_LOAD_PER_CORE) {
      assertThat(p99 / 1000)
          .as("p99 inter-packet gap ms; largest gaps (µs) %s", largest)
          .isLessThanOrEqualTo(25);
    } else {
      LOG.warn(
          "pacing bound not asserted: machine overloaded (load {} per core); p99 gap {} µs, largest {}",
          loadPerCore,
          p99,
          largest);
    }
    short[] heard = new short[greeting.length() / 160 * 160];
    for (int k = 0; k < heard.length / 160; k++) {
      G711.decode(G711.PCMU, packets.get(k).packet().payload(), 0, 160, heard, k * 160);
    }
    assertThat(Signals.bestCorrelation(greeting.samples(), heard, 0)).isGreaterThan(0.99);
  }

  @Test
  void aDynamicPayloadTypeMappedToPcmuIsSentAndRecordedAsPcmu() throws Exception {
    RecordingListener listener = new RecordingListener();
    Path target = dir.resolve("dyn.wav");
    short[] said = WavFiles.signal(8000, 5);
    try (TestCaller caller = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      RtpEndpoint ep = new RtpEndpoint(caller.address(), 96, TE, 20, true, G711.PCMU);
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              ep,
              tone(0.5),
              target,
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      m.start();
      listener.recordingStarted.get(10, TimeUnit.SECONDS);
      caller.sendAudio(96, G711.PCMU, said, 1000, () -> false);
      m.close();
      assertThat(listener.finished.get(5, TimeUnit.SECONDS).file()).isEqualTo(target);
      assertThat(caller.arrivals())
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.packet().payloadType()).isEqualTo(96));
      short[] first = new short[160];
      G711.decode(G711.PCMU, caller.arrivals().get(5).packet().payload(), 0, 160, first, 0);
      assertThat(Signals.rms(first)).isGreaterThan(1000);
    }
    assertThat(Signals.bestCorrelation(said, WavFiles.read(target), 800)).isGreaterThan(0.9);
  }

  @Test
  void timestampsJumpingAheadNeverMakeTheMessageLongerThanTheCallOrTheLimit() throws Exception {
    RecordingListener listener = new RecordingListener();
    Path target = dir.resolve("jump.wav");
    try (TestCaller caller = new TestCaller();
        AnsweringMachine m =
            machine(
                caller,
                G711.PCMU,
                tone(0.2),
                target,
                AnsweringMachineSettings.defaults().withMaxLength(Duration.ofSeconds(3)),
                listener)) {
      m.start();
      listener.recordingStarted.get(10, TimeUnit.SECONDS);
      // the reproduced attack: each 20 ms packet's timestamp jumps by 79,900 (just under 10 s of
      // gap)
      short[] loud = WavFiles.signal(160, 3);
      byte[] payload = new byte[160];
      G711.encode(G711.PCMU, loud, 0, 160, payload, 0);
      List<RtpPacket> packets = new java.util.ArrayList<>();
      long[] offsets = new long[100];
      for (int k = 0; k < 100; k++) {
        packets.add(new RtpPacket(G711.PCMU, false, k, 79_900L * k, 0x5EED, payload));
        offsets[k] = TimeUnit.MILLISECONDS.toNanos(20L * k);
      }
      caller.sendScheduled(packets, offsets);
      Finished done = listener.finished.get(10, TimeUnit.SECONDS);
      assertThat(done.reason()).isEqualTo(FinishReason.MAX_LENGTH);
    }
    assertThat(WavFiles.read(target).length).as("samples written").isLessThanOrEqualTo(3 * 8000);
  }

  @Test
  void withoutARecordingTargetOnlyTheGreetingIsPlayedAndNothingIsRecorded() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              RtpEndpoint.of(caller.address(), G711.PCMU),
              tone(0.4),
              null,
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      m.start();
      Finished done = listener.finished.get(10, TimeUnit.SECONDS);
      m.close();
      assertThat(done.reason()).isEqualTo(FinishReason.GREETING_ONLY);
      assertThat(done.file()).isNull();
      assertThat(caller.awaitArrivals(20, Duration.ofSeconds(5))).hasSizeGreaterThanOrEqualTo(20);
    }
    assertThat(listener.events).contains("greetingFinished").doesNotContain("recordingStarted");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void hashDuringTheGreetingSkipsToTheBeep() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        AnsweringMachine m =
            machine(
                caller,
                G711.PCMA,
                tone(10),
                dir.resolve("m.wav"),
                AnsweringMachineSettings.defaults(),
                listener)) {
      m.start();
      caller.sendDtmf(TE, '#', 5000);
      listener.recordingStarted.get(5, TimeUnit.SECONDS);
      int packetsBeforeRecording = caller.arrivals().size();
      m.stop();
      assertThat(listener.finished.get(5, TimeUnit.SECONDS).reason())
          .isEqualTo(FinishReason.STOPPED);
      // a skipped 10 s greeting: the beep (400 ms = 20 packets) follows within a few packets
      assertThat(packetsBeforeRecording).isLessThan(60);
      assertThat(caller.arrivals())
          .allSatisfy(a -> assertThat(a.packet().payloadType()).isEqualTo(G711.PCMA));
    }
    assertThat(listener.events)
        .containsSubsequence(
            "greetingStarted", "dtmf:#", "greetingSkipped", "recordingStarted", "finished:STOPPED");
    assertThat(listener.events).doesNotContain("greetingFinished").containsOnlyOnce("dtmf:#");
  }

  @Test
  void silenceAfterSpeakingEndsTheMessage() throws Exception {
    RecordingListener listener = new RecordingListener();
    AnsweringMachineSettings settings =
        AnsweringMachineSettings.defaults().withSilenceTimeout(Duration.ofSeconds(1));
    short[] speechThenSilence = java.util.Arrays.copyOf(WavFiles.signal(4000, 3), 8000 * 4);
    try (TestCaller caller = new TestCaller();
        AnsweringMachine m =
            machine(caller, G711.PCMU, tone(0.3), dir.resolve("s.wav"), settings, listener)) {
      m.start();
      listener.recordingStarted.get(5, TimeUnit.SECONDS);
      caller.sendAudio(G711.PCMU, speechThenSilence, 0, listener.finished::isDone);
      Finished done = listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(done.reason()).isEqualTo(FinishReason.SILENCE);
      assertThat(done.recorded().toMillis()).isBetween(1300L, 1800L);
      assertThat(WavFiles.read(done.file()).length).isBetween(1300 * 8, 1800 * 8);
    }
  }

  @Test
  void maximumLengthEndsTheMessage() throws Exception {
    RecordingListener listener = new RecordingListener();
    AnsweringMachineSettings settings =
        AnsweringMachineSettings.defaults().withMaxLength(Duration.ofSeconds(1));
    try (TestCaller caller = new TestCaller();
        AnsweringMachine m =
            machine(caller, G711.PCMU, tone(0.3), dir.resolve("x.wav"), settings, listener)) {
      m.start();
      listener.recordingStarted.get(5, TimeUnit.SECONDS);
      caller.sendAudio(G711.PCMU, WavFiles.signal(8000 * 4, 5), 0, listener.finished::isDone);
      Finished done = listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(done.reason()).isEqualTo(FinishReason.MAX_LENGTH);
      assertThat(done.recorded().toMillis()).isBetween(800L, 1100L);
      assertThat(Files.exists(done.file())).isTrue();
    }
  }

  @Test
  void unwritableDirectoryIsReportedWhileTheGreetingStillPlays() throws Exception {
    Path notADirectory = Files.write(dir.resolve("plain-file"), new byte[] {1});
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        AnsweringMachine m =
            machine(
                caller,
                G711.PCMU,
                tone(0.5),
                notADirectory.resolve("m.wav"),
                AnsweringMachineSettings.defaults(),
                listener)) {
      m.start();
      IOException error = listener.failure.get(5, TimeUnit.SECONDS);
      assertThat(error).hasMessageContaining("plain-file");
      m.stop();
      Finished done = listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(done.file()).isNull();
      assertThat(done.reason()).isEqualTo(FinishReason.STOPPED);
      assertThat(caller.arrivals().size()).isGreaterThanOrEqualTo(25 + 20);
    }
    assertThat(Files.readAllBytes(notADirectory)).containsExactly(1);
  }

  @Test
  void
      learnsTheCallersNatAddressFromARunOfPacketsIgnoresLaterStrangersAndSendsDtmfAsTelephoneEvents()
          throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        TestCaller stranger = new TestCaller();
        TestCaller signalled = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      stranger.target(socket.localPort());
      // SDP names an address that never sends (the caller is behind NAT); the caller's run of
      // packets is learned
      RtpEndpoint ep = new RtpEndpoint(signalled.address(), G711.PCMU, TE, 30, true);
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              ep,
              tone(1),
              dir.resolve("l.wav"),
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      m.start();
      caller.sendAudio(G711.PCMU, new short[8 * 160], 0, () -> false);
      caller.sendDtmf(TE, '1', 2000);
      m.sendDtmf('7');
      caller.awaitArrivals(20, Duration.ofSeconds(5));
      stranger.sendDtmf(TE, '#', 99);
      listener.recordingStarted.get(10, TimeUnit.SECONDS);
      m.close();
      assertThat(listener.finished.get(5, TimeUnit.SECONDS).reason())
          .isEqualTo(FinishReason.STOPPED);
      assertThat(stranger.arrivals()).isEmpty();
      List<TestCaller.Arrival> got = caller.arrivals();
      assertThat(got)
          .filteredOn(a -> a.packet().payloadType() == G711.PCMU)
          .allSatisfy(a -> assertThat(a.packet().payload()).hasSize(240));
      List<TelephoneEvent> events =
          got.stream()
              .filter(a -> a.packet().payloadType() == TE)
              .map(a -> TelephoneEvent.parse(a.packet().payload()))
              .toList();
      assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.digit()).isEqualTo('7'));
      assertThat(events).filteredOn(TelephoneEvent::end).hasSize(3);
    }
    assertThat(listener.events)
        .contains("dtmf:1", "greetingFinished")
        .doesNotContain("dtmf:#", "greetingSkipped");
  }

  @Test
  void aSprayedPacketBeforeTheCallersFirstNeverTakesTheStream() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        TestCaller sprayer = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      sprayer.target(socket.localPort());
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              RtpEndpoint.of(caller.address(), G711.PCMU),
              tone(0.5),
              dir.resolve("s.wav"),
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      // a sprayer sends single packets (never a run in sequence): a '#' that would skip the
      // greeting
      byte[] hash = new TelephoneEvent(TelephoneEvent.codeOf('#'), false, 10, 160).toPayload();
      for (int i = 0; i < 20; i++) {
        sprayer.sendPacket(new RtpPacket(TE, true, 7 * i, 99L * i, 0xBAD, hash));
      }
      m.start();
      listener.recordingStarted.get(10, TimeUnit.SECONDS);
      caller.awaitArrivals(30, Duration.ofSeconds(5));
      m.close();
      listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(sprayer.arrivals()).as("the greeting never goes to the sprayer").isEmpty();
      assertThat(caller.arrivals()).hasSizeGreaterThanOrEqualTo(30);
    }
    assertThat(listener.events).doesNotContain("dtmf:#", "greetingSkipped");
  }

  @Test
  void aStrangersInSequenceRunIsNotLearnedOnceTheSignalledAddressSpoke() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        TestCaller stranger = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      stranger.target(socket.localPort());
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              RtpEndpoint.of(caller.address(), G711.PCMU),
              tone(1),
              dir.resolve("r.wav"),
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      m.start();
      caller.sendAudio(G711.PCMU, new short[3 * 160], 0, () -> false);
      caller.awaitArrivals(10, Duration.ofSeconds(5));
      stranger.sendAudio(G711.PCMU, new short[10 * 160], 0, () -> false);
      stranger.sendDtmf(TE, '#', 5000);
      listener.recordingStarted.get(10, TimeUnit.SECONDS);
      m.close();
      listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(stranger.arrivals()).isEmpty();
    }
    assertThat(listener.events).doesNotContain("dtmf:#", "greetingSkipped");
  }

  @Test
  void aMediaFailureFinishesTheSessionAsFailedInsteadOfLeavingTheCallUp() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (RtpSocket socket = RtpSocket.openLoopback()) {
      // an address that cannot be sent to (a host name never resolved): the first send throws
      RtpEndpoint ep =
          RtpEndpoint.of(
              java.net.InetSocketAddress.createUnresolved("media.example.net", 4000), G711.PCMU);
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              ep,
              tone(1),
              dir.resolve("f.wav"),
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      m.start();
      Finished done = listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(done.reason()).isEqualTo(FinishReason.FAILED);
      m.close();
    }
  }

  @Test
  void aSocketClosedUnderneathFinishesTheSessionInsteadOfSpinning() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TestCaller caller = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      caller.target(socket.localPort());
      AnsweringMachine m =
          new AnsweringMachine(
              socket,
              RtpEndpoint.of(caller.address(), G711.PCMU),
              tone(0.2),
              dir.resolve("c.wav"),
              AnsweringMachineSettings.defaults(),
              listener,
              pacer,
              io);
      m.start();
      listener.recordingStarted.get(5, TimeUnit.SECONDS);
      socket.close();
      Finished done = listener.finished.get(5, TimeUnit.SECONDS);
      assertThat(done.reason()).isEqualTo(FinishReason.STOPPED);
      assertThat(WavFiles.read(done.file())).isEmpty();
    }
  }
}
