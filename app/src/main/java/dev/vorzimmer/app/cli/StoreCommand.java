package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.PrivateFiles;
import dev.vorzimmer.app.ScreeningModule;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Shared frame of the commands that work on the screening store: loads the configuration (exit 2
 * with file, line and fix when it is bad), opens the store, runs, and turns store and I/O errors
 * into one clear line and exit 1.
 */
final class StoreCommand {
  /** The body of a store command. */
  @FunctionalInterface
  interface Body {
    int run(ScreeningModule module, PrintWriter out) throws IOException;
  }

  private StoreCommand() {}

  static int run(CommandSpec spec, Body body) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AppHome home = HomeOption.home(spec);
    AppConfig config;
    try {
      config = new ConfigLoader().load(home.configFile());
    } catch (ConfigException e) {
      err.println("vorzimmer: " + e.getMessage());
      return 2;
    }
    try {
      PrivateFiles.secure(home);
    } catch (IOException e) {
      err.println(
          "vorzimmer: cannot create the data folder " + home.dataDir() + ": " + e.getMessage());
      return 1;
    }
    CliLogging.toDataDir(home, HomeOption.verbose(spec));
    try (ScreeningModule module = ScreeningModule.open(home, config, Clock.systemDefaultZone())) {
      PrivateFiles.secure(home);
      int code = body.run(module, out);
      out.flush();
      return code;
    } catch (StoreException | IOException | UncheckedIOException e) {
      err.println("vorzimmer: " + e.getMessage());
      return 1;
    }
  }

  /** Prints a usage error and returns exit status 2. */
  static int usage(CommandSpec spec, String message) {
    spec.commandLine().getErr().println("vorzimmer: " + message);
    return 2;
  }
}
