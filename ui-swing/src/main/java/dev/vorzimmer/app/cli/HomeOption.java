package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home DIR} option every command shares. */
public final class HomeOption {
  @Option(names = "--home", paramLabel = "DIR",
      description = "Keep config (DIR/config.toml) and data in DIR. Default: ~/.config/vorzimmer and ~/.local/share/vorzimmer.")
  Path dir;

  /** The selected home. */
  public AppHome home() {
    return AppHome.resolve(dir);
  }
}
