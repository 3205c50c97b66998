package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vorzimmer run [--headless]}: start the phone and keep it running until stopped. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Start the phone: register the account (or listen as a local line) and screen calls.",
      "Headless, it prints one line per registration change and stops cleanly (unregistering) on SIGTERM or Ctrl-C."
    })
public final class RunCommand implements Callable<Integer> {

  /** Starts the phone; supplied by the composition root. */
  @FunctionalInterface
  public interface Runner {
    /**
     * Runs until stopped and returns the exit code; when a phone already runs on {@code home},
     * hands it {@code dial} (or, with a window, brings its window to the front) and returns.
     */
    int run(
        AppHome home,
        boolean headless,
        boolean verbose,
        Optional<dev.vorzimmer.app.door.DoorRequest> dial);
  }

  @Spec CommandSpec spec;

  @Option(names = "--headless", description = "No window, even if a display exists.")
  boolean headless;

  private final Runner runner;

  public RunCommand(Runner runner) {
    this.runner = runner;
  }

  @Override
  public Integer call() {
    return runner.run(HomeOption.home(spec), headless, HomeOption.verbose(spec), Optional.empty());
  }
}
