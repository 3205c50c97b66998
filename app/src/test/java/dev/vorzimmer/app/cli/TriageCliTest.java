package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI shows each message's class and speech seconds, and each call's ping-call mark; {@code
 * vorzimmer call} to a premium-rate number asks first and calls nothing without a yes.
 */
class TriageCliTest {
  @TempDir Path home;

  private CliRun vz(String input, String... args) {
    return CliRun.withInput(home, input, args);
  }

  private ScreeningStore store() {
    return ScreeningStore.open(AppHome.at(home).databaseFile());
  }

  @Test
  void messagesShowTheirClassAndSpeechSecondsAndRobotsAreNotUnheard() throws Exception {
    Instant t = Instant.parse("2026-12-03T10:00:00Z");
    try (ScreeningStore s = store()) {
      long speech =
          s.messages().create(t, "+491701", "x", List.of(Reason.of("unknown")), home.resolve("a"));
      long silent =
          s.messages().create(t, "+491702", "y", List.of(Reason.of("unknown")), home.resolve("b"));
      s.messages().create(t, "+491703", "z", List.of(Reason.of("unknown")), home.resolve("c"));
      s.messages().setTriage(speech, "speech", 7.25);
      s.messages().setTriage(silent, "silent", 0.0);
    }
    JsonNode json = new ObjectMapper().readTree(vz("", "messages", "--json").out());
    assertThat(json).hasSize(3);
    for (JsonNode m : json) {
      switch (m.get("caller").asText()) {
        case "+491701" -> {
          assertThat(m.get("class").asText()).isEqualTo("speech");
          assertThat(m.get("speechSeconds").asDouble()).isEqualTo(7.25);
          assertThat(m.get("probablyRobot").asBoolean()).isFalse();
        }
        case "+491702" -> {
          assertThat(m.get("class").asText()).isEqualTo("silent");
          assertThat(m.get("probablyRobot").asBoolean()).isTrue();
        }
        default -> {
          assertThat(m.get("class").asText()).isEqualTo("unknown");
          assertThat(m.get("speechSeconds").isNull()).isTrue();
        }
      }
    }
    String text = vz("", "messages").out();
    assertThat(text).contains("speech 7.3 s").contains("silent (robot?)").contains("unknown");
    assertThat(text.lines().filter(l -> l.contains("silent")).findFirst().orElseThrow())
        .as("a robot message is not marked unheard")
        .doesNotContain("*");
  }

  @Test
  void callsShowThePingCallMark() throws Exception {
    try (ScreeningStore s = store()) {
      long id =
          s.callLog()
              .logCall(
                  Instant.now(),
                  "+261201234567",
                  Optional.of("+261201234567"),
                  "",
                  "VOICEMAIL",
                  List.of(Reason.of("unknown")),
                  "ringing");
      s.callLog().updateMark(id, Reason.of("ping.foreign", "seconds", 2, "country", "MG"));
    }
    JsonNode call = new ObjectMapper().readTree(vz("", "calls", "--json").out()).get(0);
    assertThat(call.get("mark").get("text").asText()).startsWith("ping call — don't call back");
    assertThat(vz("", "calls").out()).contains("[ping call — don't call back");
  }

  @Test
  void callingAPremiumRateNumberAsksAndANoOrNoAnswerCallsNothing() {
    for (String answer : List.of("n\n", "")) {
      CliRun r = vz(answer, "call", "0900 1234567");
      assertThat(r.out()).contains("Careful: premium-rate number").contains("Call anyway? [y/N]");
      assertThat(r.code()).isNotZero();
      assertThat(r.err()).contains("not calling +49900").contains("--yes calls anyway");
      assertThat(r.out()).doesNotContain("calling +49900");
    }
  }
}
