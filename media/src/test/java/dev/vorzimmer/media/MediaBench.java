package dev.vorzimmer.media;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a test: measures greeting pacing (inter-packet gaps at the receiver) and process CPU for N
 * concurrent answering-machine calls over loopback. Usage: {@code MediaBench <seconds> <calls>
 * [plain|srtp]}: with {@code srtp} every greeting packet is SRTP (AES_CM_128_HMAC_SHA1_80, as a
 * call with {@code a=crypto} sends it). The test callers run in the same JVM, so the CPU figure
 * includes their receive threads (they only timestamp packets, they do not decrypt).
 */
public final class MediaBench {

  private MediaBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    boolean srtp = args.length > 2 && args[2].equalsIgnoreCase("srtp");
    if (srtp) {
      SrtpParameters.warmUp(); // its first use loads the crypto (about a second): not measured
    }
    java.security.SecureRandom random = new java.security.SecureRandom();
    Path dir = Files.createTempDirectory("media-bench");
    Greeting greeting = Greeting.of(WavFiles.signal(8000 * seconds, 1));
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<TestCaller> callers = new ArrayList<>();
    List<AnsweringMachine> machines = new ArrayList<>();
    ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    try (MediaPacer pacer = MediaPacer.start()) {
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        TestCaller caller = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback();
        caller.target(socket.localPort());
        AnsweringMachine m =
            new AnsweringMachine(
                socket,
                endpoint(caller.address(), srtp, random),
                greeting,
                dir.resolve("m" + i + ".wav"),
                AnsweringMachineSettings.defaults(),
                new AnsweringMachineListener() {},
                pacer,
                io);
        callers.add(caller);
        machines.add(m);
        m.start();
      }
      LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
      long cpu = os.getProcessCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      machines.forEach(AnsweringMachine::close);
      System.out.println("media: " + (srtp ? "SRTP (AES_CM_128_HMAC_SHA1_80)" : "plain RTP"));
      report(callers, seconds, calls, cpu, wall);
    } finally {
      for (TestCaller c : callers) {
        c.close();
      }
      io.shutdown();
    }
  }

  private static RtpEndpoint endpoint(
      java.net.InetSocketAddress caller, boolean srtp, java.security.SecureRandom random) {
    RtpEndpoint plain = RtpEndpoint.of(caller, 0);
    if (!srtp) {
      return plain;
    }
    byte[] send = new byte[SrtpParameters.KEY_SALT_BYTES];
    byte[] receive = new byte[SrtpParameters.KEY_SALT_BYTES];
    random.nextBytes(send);
    random.nextBytes(receive);
    return new RtpEndpoint(
        plain.remote(),
        plain.payloadType(),
        plain.telephoneEventPayloadType(),
        plain.ptimeMillis(),
        plain.latchToSource(),
        plain.codec(),
        java.util.Optional.of(
            new SrtpParameters(SrtpParameters.Suite.AES_CM_128_HMAC_SHA1_80, send, receive)));
  }

  private static void report(
      List<TestCaller> callers, int seconds, int calls, long cpu, long wall) {
    List<Long> gaps = new ArrayList<>();
    for (TestCaller c : callers) {
      List<TestCaller.Arrival> a = c.arrivals();
      for (int i = 1; i < a.size(); i++) {
        gaps.add((a.get(i).nanos() - a.get(i - 1).nanos()) / 1000);
      }
    }
    long[] g = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "calls=%d seconds=%d packets=%d%n", calls, seconds, g.length + callers.size());
    System.out.printf(
        "gap ms: p50=%.2f p99=%.2f p99.9=%.2f max=%.2f%n",
        g[g.length / 2] / 1000.0,
        g[(int) (g.length * 0.99)] / 1000.0,
        g[(int) (g.length * 0.999)] / 1000.0,
        g[g.length - 1] / 1000.0);
    double cpuPercent = 100.0 * cpu / wall;
    System.out.printf(
        "process CPU: %.2f%% of one core total, %.3f%% per call (incl. test callers)%n",
        cpuPercent, cpuPercent / calls);
    System.out.println(
        "load average: "
            + Arrays.toString(
                new double[] {
                  ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                }));
  }
}
