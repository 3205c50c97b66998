package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vorzimmer calls --json} tells how each call was protected, through the real CLI on a real
 * SQLite call log: the old {@code "encrypted"} field as before, and {@code "encryption"} with the
 * signalling and the media.
 */
class CallsJsonTest {
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
  @TempDir Path home;

  @Test
  void eachCallSaysHowItsSignallingAndAudioWereProtected() throws Exception {
    try (ScreeningStore store = ScreeningStore.open(home.resolve("vorzimmer.db"))) {
      CallLog log = store.callLog();
      long full = log.logCall(T, "030111", Optional.empty(), "", "RING", List.of(), "ringing");
      long srtp =
          log.logCall(
              T.plusSeconds(1), "030222", Optional.empty(), "", "RING", List.of(), "ringing");
      long plain =
          log.logCall(
              T.plusSeconds(2), "030333", Optional.empty(), "", "RING", List.of(), "ringing");
      log.logCall(T.plusSeconds(3), "030444", Optional.empty(), "", "RING", List.of(), "missed");
      log.updateEncryption(full, "tls", "srtp");
      log.updateEncryption(srtp, "plain", "srtp");
      log.updateEncryption(plain, "plain", "");
    }

    JsonNode calls = new ObjectMapper().readTree(json("calls", "--json"));

    assertThat(calls).hasSize(4);
    assertThat(row(calls, "030111")).isEqualTo("srtp tls srtp");
    assertThat(row(calls, "030222")).isEqualTo("srtp plain srtp");
    assertThat(row(calls, "030333")).isEqualTo("null plain plain");
    assertThat(row(calls, "030444"))
        .as("a row logged before the signalling was recorded")
        .isEqualTo("null unknown plain");
  }

  /** "encrypted encryption.signalling encryption.media" of the call from {@code number}. */
  private static String row(JsonNode calls, String number) {
    for (JsonNode c : calls) {
      if (c.get("number").asText().equals(number)) {
        JsonNode e = c.get("encryption");
        return c.get("encrypted").asText()
            + " "
            + e.get("signalling").asText()
            + " "
            + e.get("media").asText();
      }
    }
    throw new AssertionError("no call from " + number + " in " + calls);
  }

  private String json(String... args) {
    CliRun r = CliRun.in(home, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }
}
