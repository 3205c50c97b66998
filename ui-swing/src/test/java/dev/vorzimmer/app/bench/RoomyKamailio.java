package dev.vorzimmer.app.bench;

import dev.vorzimmer.testsupport.KamailioProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * test-support's Kamailio configuration (registrar, trunk port, {@code uas-PORT} route) run with
 * more shared memory than {@link KamailioProcess} gives it (32 MiB): at 400+ calls/s its
 * transaction module runs out ("cannot allocate shmem buffer", 500 replies), which would be charged
 * to the phone. {@link #ports()} is the stopped {@code KamailioProcess} that wrote the
 * configuration: its ports, domain and {@code contactsOf} (via the control socket) apply to this
 * instance.
 */
final class RoomyKamailio implements AutoCloseable {
  private final KamailioProcess ports;
  private final BenchProcess process;

  private RoomyKamailio(KamailioProcess ports, BenchProcess process) {
    this.ports = ports;
    this.process = process;
  }

  /**
   * Writes the configuration (by starting and stopping a {@link KamailioProcess}), then runs it
   * with {@code shmMiB}.
   */
  static RoomyKamailio start(Path dir, int shmMiB) throws IOException, InterruptedException {
    KamailioProcess ports = KamailioProcess.start(dir, Map.of("alice", "wonderland"));
    ports.close();
    Path cfg = dir.resolve("kamailio.cfg");
    String kamailio = executable();
    List<String> cmd =
        List.of(
            "sh",
            "-c",
            "exec \"$0\" -DD -E -f \"$1\" -P \"$2\" -w \"$3\" -m \"$4\" -M 16 2>&1",
            kamailio,
            cfg.toString(),
            dir.resolve("kamailio-roomy.pid").toString(),
            dir.toString(),
            Integer.toString(shmMiB));
    BenchProcess process = BenchProcess.start("kamailio", cmd, dir);
    try {
      process.awaitLine(l -> l.contains("VZ-READY "), Duration.ofSeconds(20));
    } catch (RuntimeException | InterruptedException e) {
      process.close();
      throw e;
    }
    return new RoomyKamailio(ports, process);
  }

  /** Ports, domain and registrations of the running instance. */
  KamailioProcess ports() {
    return ports;
  }

  private static String executable() {
    String configured = System.getProperty("vorzimmer.kamailio.bin");
    if (configured != null) {
      return configured;
    }
    return Stream.concat(
            Stream.of(System.getenv("PATH").split(":")), Stream.of("/usr/sbin", "/usr/local/sbin"))
        .map(d -> Path.of(d, "kamailio"))
        .filter(Files::isExecutable)
        .findFirst()
        .map(Path::toString)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "kamailio is not installed (sudo apt-get install kamailio)"));
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
