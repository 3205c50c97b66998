package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}, {@code calls} and {@code messages} word reasons in the terminal's language or the
 * one {@code --lang} asks for, and their JSON carries each reason's code, arguments and text.
 */
class ReasonsCliTest {
  @TempDir Path home;
  private Locale before;

  @BeforeEach
  void aContactAndOneLoggedCall() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.US);
    assertThat(vz("contacts", "add", "Praxis Dr. Schulz", "030 1234567").code()).isZero();
    try (ScreeningStore store = ScreeningStore.open(home.resolve("vorzimmer.db"))) {
      List<Reason> reasons =
          List.of(
              Reason.of("caller", "line", "MOBILE", "country", "DE", "carrier", ""),
              Reason.of("unanswered", "seconds", 25));
      long call =
          store
              .callLog()
              .logCall(
                  Instant.now(),
                  "01701234567",
                  Optional.of("+491701234567"),
                  "",
                  "VOICEMAIL",
                  reasons,
                  "voicemail");
      store
          .messages()
          .create(Instant.now(), "+491701234567", "0170 1234567", reasons, home.resolve("m.wav"));
      assertThat(call).isPositive();
    }
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  @Test
  void checkSpeaksGermanWithLangDe() {
    CliRun r = vz("check", "030 1234567", "--lang", "de");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("KLINGELT — Kontakt Praxis Dr. Schulz")
        .contains("1. Festnetznummer, Deutschland")
        .doesNotContain("contact", "landline", "Germany");
  }

  @Test
  void checkFollowsAGermanTerminalAndLangEnOverridesIt() {
    Locale.setDefault(Locale.GERMANY);
    assertThat(vz("check", "anonymous").out()).contains("anonymer Anrufer");
    assertThat(vz("check", "anonymous", "--lang", "en").out())
        .contains("anonymous caller")
        .doesNotContain("anonymer");
  }

  @Test
  void callsAndMessagesSpeakTheChosenLanguage() {
    assertThat(vz("calls", "--lang", "de").out()).contains("nicht innerhalb von 25 s angenommen");
    assertThat(vz("calls").out()).contains("not answered within 25 s");
    Locale.setDefault(Locale.GERMANY);
    assertThat(vz("messages").out()).contains("nicht innerhalb von 25 s angenommen");
  }

  @Test
  void jsonCarriesCodeArgumentsAndText() throws Exception {
    JsonNode check = json(vz("check", "030 1234567", "--json", "--lang", "de"));
    JsonNode last = check.get("reasons").get(check.get("reasons").size() - 1);
    assertThat(last.get("code").asText()).isEqualTo("contact");
    assertThat(last.get("args").get("name").asText()).isEqualTo("Praxis Dr. Schulz");
    assertThat(last.get("text").asText()).isEqualTo("Kontakt Praxis Dr. Schulz");
    JsonNode details = check.get("caller").get("details");
    assertThat(details.get("code").asText()).isEqualTo("caller");
    assertThat(details.get("args").get("country").asText()).isEqualTo("DE");
    assertThat(check.get("caller").get("countryName").asText()).isEqualTo("Deutschland");

    JsonNode call = json(vz("calls", "--json")).get(0);
    assertThat(call.get("reasons").get(1).get("code").asText()).isEqualTo("unanswered");
    assertThat(call.get("reasons").get(1).get("args").get("seconds").asText()).isEqualTo("25");
    assertThat(call.get("reasons").get(1).get("text").asText())
        .isEqualTo("not answered within 25 s");
    JsonNode message = json(vz("messages", "--json", "--lang", "de")).get(0);
    assertThat(message.get("reasons").get(0).get("text").asText())
        .isEqualTo("Mobilnummer, Deutschland");
  }

  @Test
  void anUnknownLanguageIsAClearError() {
    CliRun r = vz("check", "030 1234567", "--lang", "fr");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--lang").contains("en, de");
  }

  private static JsonNode json(CliRun r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private CliRun vz(String... args) {
    return CliRun.in(home, args);
  }
}
