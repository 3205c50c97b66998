package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code kamcmd} against the binrpc control socket of one Kamailio instance. */
final class Kamcmd {

  private static final Pattern ADDRESS = Pattern.compile("(?m)^\\s*Address:\\s*(\\S+)\\s*$");
  private static final Pattern NOT_FOUND = Pattern.compile("(?i)AOR not found");
  private static final Pattern SHM_TOTAL = Pattern.compile("(?m)^\\s*total:\\s*(\\d+)\\s*$");
  private static final long TIMEOUT_SECONDS = 5;

  private final Path kamcmd;
  private final Path socket;

  Kamcmd(Path kamcmd, Path socket) {
    this.kamcmd = kamcmd;
    this.socket = socket;
  }

  /**
   * Sets an entry of a Kamailio hash table (the test users' passwords live in table {@code users}).
   */
  void setHashEntry(String table, String key, String value) throws IOException {
    String output = run("htable.sets", table, key, value);
    if (output.regionMatches(true, 0, "error", 0, 5)) {
      throw new IOException("kamcmd htable.sets failed: " + output);
    }
  }

  /** Removes an entry of a Kamailio hash table. */
  void deleteHashEntry(String table, String key) throws IOException {
    String output = run("htable.delete", table, key);
    if (output.regionMatches(true, 0, "error", 0, 5)) {
      throw new IOException("kamcmd htable.delete failed: " + output);
    }
  }

  /** Contact URIs of {@code user} in the location table; empty if the AOR is unknown. */
  List<String> contactsOf(String user) throws IOException {
    String output = run("ul.lookup", "location", user);
    if (NOT_FOUND.matcher(output).find()) {
      return List.of();
    }
    if (output.regionMatches(true, 0, "error", 0, 5)) {
      throw new IOException("kamcmd ul.lookup failed: " + output);
    }
    return parseAddresses(output);
  }

  /** The size of Kamailio's shared memory in bytes ({@code core.shmmem}: {@code total}). */
  long sharedMemoryBytes() throws IOException {
    String output = run("core.shmmem");
    Matcher total = SHM_TOTAL.matcher(output);
    if (!total.find()) {
      throw new IOException("kamcmd core.shmmem gave no total: " + output);
    }
    return Long.parseLong(total.group(1));
  }

  /** The {@code Address:} values of a {@code ul.lookup}/{@code ul.dump} answer. */
  static List<String> parseAddresses(String output) {
    List<String> contacts = new ArrayList<>();
    Matcher matcher = ADDRESS.matcher(output);
    while (matcher.find()) {
      contacts.add(matcher.group(1));
    }
    return contacts;
  }

  private String run(String... command) throws IOException {
    List<String> args = new ArrayList<>(List.of(kamcmd.toString(), "-s", "unix:" + socket));
    args.addAll(List.of(command));
    Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(
            "kamcmd "
                + String.join(" ", command)
                + " did not finish within "
                + TIMEOUT_SECONDS
                + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running kamcmd", e);
    }
    String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (process.exitValue() != 0 && !output.toLowerCase(java.util.Locale.ROOT).contains("error")) {
      throw new IOException(
          "kamcmd "
              + String.join(" ", command)
              + " exited with "
              + process.exitValue()
              + ": "
              + output);
    }
    return output;
  }
}
