package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command shares, declared once on the root command and inherited by every
 * subcommand (nested ones too): {@code vorzimmer --home DIR messages export 1 x.wav} and {@code
 * vorzimmer messages export 1 x.wav --home DIR} mean the same. Picocli stores an inherited option's
 * value in the root's field wherever it was typed; commands read it with {@link #home}.
 */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "${bundle:label.dir:-DIR}",
      scope = ScopeType.INHERIT,
      description =
          "Keep config (DIR/config.toml) and data in DIR. Default: ~/.config/vorzimmer and ~/.local/share/vorzimmer.")
  Path dir;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log more detail (to stderr and the log file).")
  boolean verbose;

  /** The home selected on the command line of {@code spec} (wherever {@code --home} was typed). */
  public static AppHome home(CommandSpec spec) {
    OptionSpec option = spec.root().findOption("--home");
    return AppHome.resolve(option == null ? null : option.getValue());
  }

  /** Whether {@code --verbose} was given anywhere on the command line of {@code spec}. */
  public static boolean verbose(CommandSpec spec) {
    OptionSpec option = spec.root().findOption("--verbose");
    return option != null && Boolean.TRUE.equals(option.getValue());
  }
}
