package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.CrashSafeWavWriter;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk guard: below the free-space floor or above the messages' total, the caller hears the
 * greeting, the call is hung up, nothing is recorded, and the listener (status line, headless
 * console) hears why.
 */
class DiskGuardTest {
  private static final ReasonTexts EN = ReasonTexts.of(java.util.Locale.ENGLISH);
  private static final ReasonTexts DE = ReasonTexts.of(java.util.Locale.GERMAN);

  @TempDir Path dir;

  @Test
  void refusesWhenStoredMessagesReachTheTotalLimitOrTheDiskIsBelowTheFloor() throws Exception {
    Path messages = dir.resolve("messages");
    assertThat(new DiskGuard(messages, 0, 2000).refusal()).isEmpty();
    Files.write(messages.resolve("old.wav"), new byte[11 * 1024 * 1024]);
    assertThat(new DiskGuard(messages, 0, 10).refusal().map(EN::render))
        .get()
        .asString()
        .contains("11 MB", "max_total_mb");
    assertThat(
            new DiskGuard(messages, Long.MAX_VALUE / (1024 * 1024), 2000).refusal().map(DE::render))
        .get()
        .asString()
        .contains("MB frei", "min_free_mb");
  }

  @Test
  void aRefusedMachineCallPlaysTheGreetingHangsUpRecordsNothingAndSaysWhy() throws Exception {
    Path messagesDir = dir.resolve("messages");
    Path greetingsDir = dir.resolve("greetings");
    Files.createDirectories(greetingsDir);
    short[] greeting = new short[8000 / 2];
    java.util.Arrays.fill(greeting, (short) 3000);
    try (CrashSafeWavWriter w = CrashSafeWavWriter.create(greetingsDir.resolve("default.wav"))) {
      w.write(greeting, 0, greeting.length);
    }
    List<String> told = new CopyOnWriteArrayList<>();
    MessageListener listener =
        new MessageListener() {
          @Override
          public void notRecorded(String caller, Reason why) {
            told.add(EN.render(why));
          }
        };
    MessageRecorder recorder =
        new MessageRecorder(
            null,
            null,
            messagesDir,
            id -> Optional.empty(),
            Clock.systemUTC(),
            listener,
            Runnable::run);
    MediaPacer pacer = MediaPacer.start();
    ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    CompletableFuture<String> hungUp = new CompletableFuture<>();
    try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      peer.setSoTimeout(5000);
      CallAudio audio =
          new CallAudio(
              new Greetings(greetingsDir, List.of("en")),
              recorder,
              AnsweringMachineSettings.defaults(),
              new DiskGuard(messagesDir, Long.MAX_VALUE / (1 << 20), 2000),
              pacer,
              io,
              hungUp::complete,
              new LiveCallAudio(
                  pacer, io, Greeting.of(new short[0]), SoundDevices.of(new ToneDevices(1000))));
      try (CallMedia.MediaLeg leg = audio.prepare("full-1", "127.0.0.1")) {
        leg.start(
            new MediaPlan(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), peer.getLocalPort()),
                0,
                "PCMU",
                OptionalInt.of(101),
                20,
                true,
                true),
            CallMedia.Purpose.VOICEMAIL,
            "default");
        DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
        peer.receive(p);
        assertThat(p.getLength()).as("the greeting is sent").isEqualTo(12 + 160);
        assertThat(hungUp.get(10, TimeUnit.SECONDS)).isEqualTo("full-1");
      }
    } finally {
      pacer.close();
      io.shutdownNow();
    }
    assertThat(told).singleElement().asString().contains("min_free_mb");
    try (var files = Files.list(messagesDir)) {
      assertThat(files).as("nothing recorded").isEmpty();
    }
  }
}
