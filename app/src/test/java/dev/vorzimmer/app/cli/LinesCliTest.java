package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.app.Main;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several lines in the CLI: {@code calls} and {@code calls --json} say which line was called;
 * {@code call --line} refuses a line that does not exist, naming the ones that do.
 */
class LinesCliTest {
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  private Run vz(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--home";
    all[args.length + 1] = home.toString();
    int code =
        Main.execute(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theCallLogSaysWhichLineWasCalled() throws Exception {
    try (ScreeningStore store = ScreeningStore.open(home.resolve("vorzimmer.db"))) {
      CallLog log = store.callLog();
      log.logCall(T, "030111", Optional.empty(), "", "RING", List.of(), "missed", "Office");
      log.logCall(T.plusSeconds(1), "030222", Optional.empty(), "", "RING", List.of(), "missed");
    }

    Run text = vz("calls");
    assertThat(text.out().lines().filter(l -> l.contains("030111")))
        .singleElement()
        .asString()
        .contains("(line Office)");
    assertThat(text.out().lines().filter(l -> l.contains("030222")))
        .singleElement()
        .asString()
        .doesNotContain("(line");

    JsonNode calls = new ObjectMapper().readTree(vz("calls", "--json").out());
    assertThat(calls.get(1).get("number").asText()).isEqualTo("030111");
    assertThat(calls.get(1).get("line").asText()).isEqualTo("Office");
    assertThat(calls.get(0).get("line").asText()).isEmpty();
  }

  @Test
  void callingOnALineThatDoesNotExistNamesTheLinesThereAre() throws Exception {
    Files.writeString(
        home.resolve("config.toml"),
        """
        [[account]]
        name = "Home"
        user = "anna"
        domain = "example.net"
        password = "a"
        [[account]]
        name = "Office"
        user = "bert"
        domain = "example.net"
        password = "b"
        """);
    Run r = vz("call", "--line", "Shop", "030123456");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("there is no line \"Shop\"; the lines are: Home, Office");
  }
}
