package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: how much of a caller's message survives reordered (and lost) RTP. A caller on
 * 127.0.0.1 leaves a message of known noise-like audio with an {@link AnsweringMachine}; a share of
 * its packets is held back by 1..N packet times so they arrive after their successors. The stored
 * WAV is compared frame by frame (20 ms) with the G.711 round trip of what was sent: a frame counts
 * as kept only if every sample matches exactly. Usage: {@code ReorderBench <seconds>}.
 */
public final class ReorderBench {
  private static final int FRAME = 160;

  private ReorderBench() {}

  record Scenario(String name, double reorderShare, int maxDelayPackets, double lossShare) {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    List<Scenario> scenarios =
        List.of(
            new Scenario("in order", 0, 0, 0),
            new Scenario("5% reordered by 1 packet (20 ms)", 0.05, 1, 0),
            new Scenario("5% reordered by 1-3 packets (<= 60 ms)", 0.05, 3, 0),
            new Scenario("5% reordered by 1-10 packets (<= 200 ms)", 0.05, 10, 0),
            new Scenario("5% reordered by 1-3 + 1% lost", 0.05, 3, 0.01));
    Path dir = Files.createTempDirectory("reorder-bench");
    ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    System.out.printf(
        "%-44s %8s %9s %9s %10s%n", "scenario", "frames", "reordered", "kept", "lost");
    try (MediaPacer pacer = MediaPacer.start()) {
      int n = 0;
      for (Scenario s : scenarios) {
        run(s, seconds, dir.resolve("m" + n++ + ".wav"), pacer, io);
      }
    } finally {
      io.shutdown();
    }
  }

  private static void run(
      Scenario s, int seconds, Path file, MediaPacer pacer, ScheduledExecutorService io)
      throws Exception {
    short[] sent = WavFiles.signal(8000 * seconds, 7);
    CountDownLatch recording = new CountDownLatch(1);
    CompletableFuture<AnsweringMachineListener.Finished> finished = new CompletableFuture<>();
    try (TestCaller caller = new TestCaller()) {
      RtpSocket socket = RtpSocket.openLoopback();
      caller.target(socket.localPort());
      AnsweringMachine machine =
          new AnsweringMachine(
              socket,
              RtpEndpoint.of(caller.address(), G711.PCMA),
              Greeting.of(new short[0]),
              file,
              AnsweringMachineSettings.defaults()
                  .withMaxLength(java.time.Duration.ofSeconds(seconds + 30)),
              new AnsweringMachineListener() {
                @Override
                public void recordingStarted() {
                  recording.countDown();
                }

                @Override
                public void finished(Finished result) {
                  finished.complete(result);
                }
              },
              pacer,
              io);
      machine.start();
      if (!recording.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the machine never started recording");
      }
      int reordered = send(caller, sent, s);
      machine.stop();
      Path stored = finished.get(10, TimeUnit.SECONDS).file();
      int frames = sent.length / FRAME;
      int kept = keptFrames(sent, WavFiles.read(stored));
      System.out.printf(
          "%-44s %8d %9d %8.2f%% %9.3f%%%n",
          s.name(), frames, reordered, 100.0 * kept / frames, 100.0 * (frames - kept) / frames);
      machine.close();
    }
  }

  /**
   * Sends {@code pcm} in 20 ms packets, holding back a share of them; returns how many were
   * reordered.
   */
  private static int send(TestCaller caller, short[] pcm, Scenario s) throws Exception {
    Random random = new Random(42);
    List<RtpPacket> packets = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    int reordered = 0;
    for (int k = 0; (k + 1) * FRAME <= pcm.length; k++) {
      byte[] payload = new byte[FRAME];
      G711.encode(G711.PCMA, pcm, k * FRAME, FRAME, payload, 0);
      long due = TimeUnit.MILLISECONDS.toNanos(20L * k);
      if (k > 0 && random.nextDouble() < s.lossShare()) {
        continue;
      }
      if (k > 0 && random.nextDouble() < s.reorderShare()) {
        due +=
            TimeUnit.MILLISECONDS.toNanos(20L * (1 + random.nextInt(s.maxDelayPackets()))) + 1000;
        reordered++;
      }
      packets.add(new RtpPacket(G711.PCMA, k == 0, k, 1000L + FRAME * k, 0x0DDBA11, payload));
      offsets.add(due);
    }
    caller.sendScheduled(packets, offsets.stream().mapToLong(Long::longValue).toArray());
    java.util.concurrent.locks.LockSupport.parkNanos(
        TimeUnit.MILLISECONDS.toNanos(500)); // the last held-back packets
    return reordered;
  }

  /** Frames of {@code sent} (after the G.711 round trip) found sample-exact in {@code stored}. */
  private static int keptFrames(short[] sent, short[] stored) {
    short[] expected = new short[sent.length];
    byte[] coded = new byte[sent.length];
    G711.encode(G711.PCMA, sent, 0, sent.length, coded, 0);
    G711.decode(G711.PCMA, coded, 0, coded.length, expected, 0);
    int offset = align(expected, stored);
    int kept = 0;
    for (int k = 0; (k + 1) * FRAME <= expected.length; k++) {
      boolean same = offset + (k + 1) * FRAME <= stored.length;
      for (int i = 0; same && i < FRAME; i++) {
        same = stored[offset + k * FRAME + i] == expected[k * FRAME + i];
      }
      kept += same ? 1 : 0;
    }
    return kept;
  }

  /** Where the first sent frame starts in the recording. */
  private static int align(short[] expected, short[] stored) {
    for (int off = 0; off + FRAME <= stored.length; off++) {
      boolean same = true;
      for (int i = 0; same && i < FRAME; i++) {
        same = stored[off + i] == expected[i];
      }
      if (same) {
        return off;
      }
    }
    throw new IllegalStateException("the first frame was not recorded");
  }
}
