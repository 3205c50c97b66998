package dev.vorzimmer.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the Kamailio binaries and modules live. Overridable with the system properties {@code
 * vorzimmer.kamailio.bin}, {@code vorzimmer.kamcmd.bin} and {@code vorzimmer.kamailio.modules}.
 *
 * @param kamailio the {@code kamailio} executable
 * @param kamcmd the {@code kamcmd} executable (binrpc client)
 * @param modulesDir directory containing {@code registrar.so} and friends
 */
record KamailioInstallation(Path kamailio, Path kamcmd, Path modulesDir) {

  private static final String INSTALL_HINT =
      "Kamailio is required for this test; install it with "
          + "'apt-get install -y kamailio' (Debian/Ubuntu) or set -Dvorzimmer.kamailio.bin=...";
  private static final List<String> MODULE_DIRS =
      List.of(
          "/usr/lib/x86_64-linux-gnu/kamailio/modules",
          "/usr/lib/aarch64-linux-gnu/kamailio/modules",
          "/usr/lib/kamailio/modules",
          "/usr/lib64/kamailio/modules",
          "/usr/local/lib64/kamailio/modules",
          "/usr/local/lib/kamailio/modules");

  /**
   * Finds the installation.
   *
   * @throws IllegalStateException with installation instructions if anything is missing
   */
  static KamailioInstallation find() {
    Path kamailio =
        executable("vorzimmer.kamailio.bin", "kamailio")
            .orElseThrow(() -> new IllegalStateException("'kamailio' not found. " + INSTALL_HINT));
    Path kamcmd =
        executable("vorzimmer.kamcmd.bin", "kamcmd")
            .orElseThrow(() -> new IllegalStateException("'kamcmd' not found. " + INSTALL_HINT));
    Path modules =
        findModulesDir()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Kamailio modules (registrar.so) not found in "
                            + MODULE_DIRS
                            + ". "
                            + INSTALL_HINT
                            + " or set -Dvorzimmer.kamailio.modules=..."));
    return new KamailioInstallation(kamailio, kamcmd, modules);
  }

  /**
   * Fails unless Kamailio's TLS module is installed.
   *
   * @throws IllegalStateException naming the Debian package to install
   */
  void requireTlsModule() {
    Path module = modulesDir.resolve("tls.so");
    if (!Files.exists(module)) {
      throw new IllegalStateException(
          module + " is missing: install the Debian package kamailio-tls-modules");
    }
  }

  private static Optional<Path> executable(String property, String name) {
    String configured = System.getProperty(property);
    if (configured != null) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    List<String> dirs =
        new ArrayList<>(
            List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
    return dirs.stream()
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Optional<Path> findModulesDir() {
    String configured = System.getProperty("vorzimmer.kamailio.modules");
    List<String> candidates = configured != null ? List.of(configured) : MODULE_DIRS;
    return candidates.stream()
        .map(Path::of)
        .filter(dir -> Files.isRegularFile(dir.resolve("registrar.so")))
        .findFirst();
  }
}
