package dev.vorzimmer.app.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used. The message names the file, the line and key, what is
 * wrong and how to fix it, e.g. {@code /home/a/.config/vorzimmer/config.toml:7: [account] transport
 * = "sctp" is not supported. Fix: use "udp" or "tcp".} It never contains a password.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;

  public ConfigException(Path file, int line, String what, String fix) {
    super(format(file, line, what, fix));
    this.file = file;
    this.line = line;
  }

  private static String format(Path file, int line, String what, String fix) {
    String where = line > 0 ? file + ":" + line : file.toString();
    return where + ": " + what + (fix == null || fix.isEmpty() ? "" : ". Fix: " + fix);
  }

  /** The configuration file at fault. */
  public Path file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the problem is not tied to a line. */
  public int line() {
    return line;
  }
}
