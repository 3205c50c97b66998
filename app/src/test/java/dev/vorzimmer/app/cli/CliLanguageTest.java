package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Main;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's fixed words — check's labels, the call log's verdict and outcome, the
 * block/allow list and its confirmations — follow the terminal's language ({@code LANG}) and {@code
 * --lang}, which may stand before or after the subcommand.
 */
class CliLanguageTest {
  @TempDir Path home;
  private Locale before;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void germanTerminal() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  @Test
  void blockAndAllowListsSpeakGermanAndEnglishOnRequest() {
    assertThat(vz("block", "add", "030 1234567").out()).isEqualTo("gesperrt: +49301234567\n");
    assertThat(vz("block", "list").out()).contains("+49301234567").contains("Kommandozeile");
    assertThat(vz("allow", "list").out()).isEqualTo("Die Erlaubt-Liste ist leer.\n");
    Run missing = vz("block", "remove", "+4989111");
    assertThat(missing.err()).contains("+4989111 steht nicht auf der Sperrliste");
    assertThat(vz("block", "remove", "030 1234567").out())
        .isEqualTo("+49301234567 von der Sperrliste entfernt\n");

    assertThat(vz("--lang", "en", "block", "add", "+4930999", "--for", "2h").out())
        .startsWith("blocked +4930999 until ");
    assertThat(vz("block", "list", "--lang", "en").out())
        .contains("cli")
        .contains("  until ")
        .doesNotContain("Kommandozeile");
    assertThat(vz("--lang", "en", "allow", "list").out()).isEqualTo("the allow list is empty\n");
  }

  @Test
  void checkAndCallsLabelsFollowTheLanguage() {
    try (ScreeningStore store = ScreeningStore.open(home.resolve("vorzimmer.db"))) {
      store
          .callLog()
          .logCall(
              Instant.now(),
              "01701234567",
              Optional.of("+491701234567"),
              "",
              "VOICEMAIL",
              List.of(Reason.of("unanswered", "seconds", 25)),
              "unanswered");
    }
    assertThat(vz("check", "030 1234567").out())
        .contains("  Anrufer:")
        .contains("  Gründe:   1. ")
        .doesNotContain("caller:", "reasons:");
    assertThat(vz("calls").out()).contains("ANRUFBEANTWORTER").contains("verpasst");
    assertThat(vz("--lang", "en", "check", "030 1234567").out())
        .contains("  caller:   ")
        .contains("  reasons:  1. ");
    assertThat(vz("calls", "--lang", "en").out()).contains("VOICEMAIL").contains("unanswered");
    assertThat(vz("--lang", "en", "dnd").out()).startsWith("Do not disturb is off");
  }

  /** A real process whose terminal says LANG=de_DE.UTF-8, as a German user's does. */
  @Test
  void aGermanLangVariableIsEnoughAndLangEnOverridesIt() throws Exception {
    assertThat(process("de_DE.UTF-8", "check", "anonymous")).contains("  Anrufer:");
    assertThat(process("de_DE.UTF-8", "--lang", "en", "check", "anonymous"))
        .contains("  caller:   ")
        .doesNotContain("Anrufer");
  }

  @Test
  void theTerminalsLanguageCountsWhenJavaFellBackToEnglish() {
    assertThat(LangOption.terminal(java.util.Map.of("LANG", "de_DE.UTF-8"), Locale.ENGLISH))
        .isEqualTo(Locale.GERMAN);
    assertThat(
            LangOption.terminal(
                java.util.Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "de_DE.UTF-8"), Locale.ENGLISH))
        .isEqualTo(Locale.ENGLISH);
    assertThat(LangOption.terminal(java.util.Map.of("LANG", "C.UTF-8"), Locale.US))
        .isEqualTo(Locale.US);
    assertThat(LangOption.terminal(java.util.Map.of("LANG", "en_US.UTF-8"), Locale.GERMANY))
        .isEqualTo(Locale.GERMANY);
  }

  private String process(String lang, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    command.add("--home");
    command.add(home.toString());
    Path out = Files.createTempFile(home, "out", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    pb.environment().put("LANG", lang);
    Process p = pb.redirectOutput(out.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("vorzimmer " + String.join(" ", args) + " did not end in 60 s");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private Run vz(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(home.toString());
    int code =
        Main.execute(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
