package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code vorzimmer ARGS} run in this JVM (through {@link Main#execute}), as the CLI tests see
 * it: the exit code and what it printed to stdout and stderr.
 */
public record CliRun(int code, String out, String err) {

  /** Runs {@code vorzimmer ARGS} as given. */
  public static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code vorzimmer ARGS --home HOME}. */
  public static CliRun in(Path home, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(home.toString());
    return of(all.toArray(String[]::new));
  }

  /** Runs {@code vorzimmer ARGS --home HOME} with {@code input} as its stdin. */
  public static CliRun withInput(Path home, String input, String... args) {
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return in(home, args);
    } finally {
      System.setIn(stdin);
    }
  }
}
