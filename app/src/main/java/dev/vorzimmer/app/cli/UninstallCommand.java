package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.install.InstallPaths;
import dev.vorzimmer.app.install.Installer;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vorzimmer uninstall}: remove exactly what install created. */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    description = {
      "Remove what 'vorzimmer install' created (launcher, program, menu and autostart entries, icon,",
      "link handlers). Calls, messages and the configuration stay."
    })
public final class UninstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      new Installer(InstallPaths.of(System.getenv()), System.getenv(), spec.commandLine().getOut())
          .uninstall();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      return StoreCommand.usage(spec, "cannot uninstall: " + e.getMessage());
    }
  }
}
