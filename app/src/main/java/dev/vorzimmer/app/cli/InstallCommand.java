package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.install.InstallPaths;
import dev.vorzimmer.app.install.Installer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vorzimmer install [--autostart]}: install for this user, as a desktop app. */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = {
      "Install Vorzimmer for you (no root): ~/.local/bin/vorzimmer, a menu entry with icon,",
      "and the handler of tel:, callto: and sip: links. 'vorzimmer uninstall' removes it all."
    })
public final class InstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--autostart", description = "Also start the phone when you log in.")
  boolean autostart;

  @Override
  public Integer call() {
    String classPath = System.getProperty("java.class.path", "");
    Path jar = Path.of(classPath);
    if (classPath.contains(java.io.File.pathSeparator)
        || !classPath.endsWith(".jar")
        || !Files.isRegularFile(jar)) {
      return StoreCommand.usage(
          spec, "install runs from the packaged vorzimmer.jar (./vorzimmer install)");
    }
    try {
      new Installer(InstallPaths.of(System.getenv()), System.getenv(), spec.commandLine().getOut())
          .install(
              jar.toAbsolutePath(),
              Path.of(System.getProperty("java.home"), "bin", "java"),
              autostart);
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      return StoreCommand.usage(spec, "cannot install: " + e.getMessage());
    }
  }
}
