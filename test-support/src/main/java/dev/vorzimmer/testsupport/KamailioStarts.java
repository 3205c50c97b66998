package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ways {@link KamailioProcess} is configured and started: on loopback, or in the lab. */
final class KamailioStarts {
  private KamailioStarts() {}

  /** A server certificate (PEM chain) and its key, for a TLS listener. */
  record Cert(Path certificate, Path key) {}

  /**
   * Kamailio on 127.0.0.1 on free ports (registrar, trunk, and TLS with {@code cert}), with {@code
   * shmMiB} of shared memory, ready.
   */
  static KamailioProcess local(
      Path workDir, Map<String, String> users, int minExpires, int shmMiB, Optional<Cert> cert)
      throws IOException {
    ProcessLog.requireWritable(workDir);
    KamailioInstallation installation = KamailioInstallation.find();
    if (cert.isPresent()) {
      installation.requireTlsModule();
    }
    int[] ports = FreePorts.udpAndTcp(cert.isPresent() ? 3 : 2);
    KamailioConfig config =
        new KamailioConfig(
            ports[0],
            ports[1],
            KamailioProcess.DOMAIN,
            users,
            minExpires,
            workDir.resolve("kamailio.ctl"),
            installation.modulesDir(),
            "127.0.0.1",
            0,
            cert.map(
                c ->
                    new KamailioConfig.Tls(
                        ports[2], c.certificate(), c.key(), workDir.resolve("tls.cfg"))));
    return launched(installation, workDir, config, List.of(), shmMiB);
  }

  /**
   * Kamailio as the network lab's provider: through {@code commandPrefix}, on {@code listen}:5060
   * and :5070 (TLS on :5061 with {@code tls}), media through the namespace's rtpengine, ready.
   */
  static KamailioProcess lab(
      Path workDir,
      Map<String, String> users,
      List<String> commandPrefix,
      String listen,
      int rtpenginePort,
      Optional<KamailioConfig.Tls> tls)
      throws IOException {
    ProcessLog.requireWritable(workDir);
    KamailioInstallation installation = KamailioInstallation.find();
    if (tls.isPresent()) {
      installation.requireTlsModule();
    }
    KamailioConfig config =
        new KamailioConfig(
            5060,
            5070,
            KamailioProcess.DOMAIN,
            users,
            1,
            workDir.resolve("kamailio.ctl"),
            installation.modulesDir(),
            listen,
            rtpenginePort,
            tls);
    return launched(installation, workDir, config, commandPrefix, KamailioProcess.DEFAULT_SHM_MIB);
  }

  private static KamailioProcess launched(
      KamailioInstallation installation,
      Path workDir,
      KamailioConfig config,
      List<String> commandPrefix,
      int shmMiB)
      throws IOException {
    KamailioProcess kamailio =
        new KamailioProcess(installation, workDir, config, commandPrefix, shmMiB);
    kamailio.launch();
    return kamailio;
  }
}
