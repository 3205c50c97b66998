package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage help ({@code --help}) of every command and the output of {@code contacts} follow the
 * terminal's language ({@code LANG=de_DE.UTF-8}) or {@code --lang}: a German help has no word of
 * its English text left but names, options and technical terms that are the same in both.
 */
class CliHelpLanguageTest {
  /** Commands whose help is compared, German against English. */
  private static final List<String> COMMANDS =
      List.of(
          "",
          "run",
          "call",
          "dial",
          "check",
          "contacts",
          "contacts add",
          "contacts import-fritzbox",
          "contacts sync",
          "contacts remove",
          "calls",
          "messages",
          "messages export",
          "messages play",
          "install",
          "uninstall",
          "dnd",
          "block",
          "block add",
          "allow import",
          "allow list");

  /** Words an English help and its German one may share: names, formats, terms of the trade. */
  private static final Set<String> SAME_IN_BOTH =
      Set.of(
          "vorzimmer",
          "sip",
          "uri",
          "tel",
          "callto",
          "user",
          "phone",
          "anonymous",
          "id",
          "name",
          "text",
          "link",
          "wav",
          "aiff",
          "au",
          "jpeg",
          "png",
          "vcard",
          "vcf",
          "fritz",
          "box",
          "xml",
          "vip",
          "csv",
          "sigterm",
          "stir",
          "shaken",
          "tn",
          "validation",
          "failed",
          "privacy",
          "config",
          "toml",
          "local",
          "share",
          "bin",
          "account",
          "contacts",
          "carddav",
          "list",
          "root",
          "premium",
          "ping",
          "on",
          "off",
          "until",
          "dnd",
          "en",
          "de",
          "uninstall",
          "install",
          "json",
          "min",
          // the FRITZ!Box's own menu item, quoted in English too
          "telefonbuch",
          "sichern",
          // words German has too
          "desktop",
          "stderr",
          "version",
          "in",
          "was",
          "n",
          "autostart");

  @TempDir Path home;

  record Run(int code, String out, String err) {}

  @Test
  void everyGermanHelpHasNoEnglishWordLeft() {
    Map<String, Set<String>> leftovers = new TreeMap<>();
    for (String command : COMMANDS) {
      String english = help("en", command);
      String german = help("de", command);
      assertThat(english).as("English help of '%s'", command).startsWith("Usage: vorzimmer");
      assertThat(german).as("German help of '%s'", command).startsWith("Aufruf: vorzimmer");
      Set<String> left = words(german);
      left.retainAll(words(english));
      left.removeAll(SAME_IN_BOTH);
      if (!left.isEmpty()) {
        leftovers.put(command, left);
      }
    }
    assertThat(leftovers).as("English words left in German help, by command").isEmpty();
  }

  @Test
  void theHelpNamesGermanPlaceholdersAndHeadings() {
    String german = help("de", "messages export");
    assertThat(german)
        .contains("Aufruf: vorzimmer messages export")
        .contains("--home=ORDNER")
        .contains("] ID")
        .contains("      DATEI")
        .contains("Diese Hilfe zeigen und beenden.")
        .doesNotContain("Usage", "FILE", "Show this help");
    assertThat(help("de", "")).contains("Befehle:").contains("[BEFEHL]").doesNotContain("Commands");
    assertThat(help("en", "contacts")).contains("Commands:").contains("[COMMAND]");
  }

  @Test
  void contactsSpeaksGermanOnRequest() throws Exception {
    assertThat(vz("--lang", "de", "contacts", "list").out()).isEqualTo("Keine Kontakte.\n");
    assertThat(vz("--lang", "de", "contacts", "add", "Erika", "030 1234567").out())
        .isEqualTo("Kontakt 1 angelegt: Erika +49301234567\n");
    assertThat(vz("--lang", "de", "contacts", "add", "Otto", "abc").err())
        .contains("„abc“ ist keine Telefonnummer");
    assertThat(vz("contacts", "remove", "7", "--lang", "de").err())
        .contains("Es gibt keinen Kontakt 7");
    Path vcf = home.resolve("out.vcf");
    assertThat(vz("--lang", "de", "contacts", "export", vcf.toString()).out())
        .isEqualTo("1 Kontakte nach " + vcf + " exportiert\n");
    assertThat(vz("--lang", "de", "contacts", "import", vcf.toString()).out())
        .isEqualTo("0 Kontakte importiert, 1 doppelt, 0 übersprungen\n");
    assertThat(vz("--lang", "de", "contacts", "remove", "1").out())
        .isEqualTo("Kontakt 1 entfernt\n");
    assertThat(vz("--lang", "en", "contacts", "list").out()).isEqualTo("no contacts\n");
  }

  /**
   * Real processes whose terminal says LANG=de_DE.UTF-8, as a German user's does (here without a
   * generated de_DE locale, so Java alone would print "ü" and "★" as "?").
   */
  @Test
  void aGermanTerminalGetsGermanHelpAndContacts() throws Exception {
    assertThat(process("--help"))
        .startsWith("Aufruf: vorzimmer")
        .contains("Kontakte verwalten")
        .doesNotContain("Usage", "Show this help", "Manage contacts");
    assertThat(process("contacts", "add", "--help"))
        .contains("Einen Kontakt mit einer oder mehreren Nummern anlegen.")
        .contains("Ausführlicher protokollieren")
        .contains("NUMMER...")
        .doesNotContain("Rings even during quiet hours");
    assertThat(process("contacts", "add", "Erika", "+49 30 1234567", "--favourite"))
        .contains("Kontakt 1 angelegt: Erika +49301234567");
    assertThat(process("contacts", "list"))
        .contains("Erika")
        .contains("+49301234567  ★ Favorit")
        .doesNotContain("favourite");
    assertThat(process("--lang", "en", "contacts", "--help"))
        .startsWith("Usage: vorzimmer contacts")
        .contains("Manage contacts");
  }

  @Test
  void aUtf8TerminalGetsUtf8WhenJavaFellBackToAscii() {
    assertThat(LangOption.terminalWantsUtf8(Map.of("LANG", "de_DE.UTF-8"), "ANSI_X3.4-1968"))
        .isTrue();
    assertThat(LangOption.terminalWantsUtf8(Map.of("LANG", "de_DE.utf8"), "ANSI_X3.4-1968"))
        .isTrue();
    assertThat(LangOption.terminalWantsUtf8(Map.of("LANG", "de_DE.UTF-8"), "UTF-8")).isFalse();
    assertThat(
            LangOption.terminalWantsUtf8(
                Map.of("LC_ALL", "de_DE.ISO-8859-1", "LANG", "de_DE.UTF-8"), "ANSI_X3.4-1968"))
        .isFalse();
    assertThat(LangOption.terminalWantsUtf8(Map.of("LANG", "C"), "ANSI_X3.4-1968")).isFalse();
    assertThat(LangOption.terminalWantsUtf8(Map.of(), "ANSI_X3.4-1968")).isFalse();
  }

  /** The words of {@code text} (lower case), without options, listed commands and numbers. */
  private static Set<String> words(String text) {
    String prose =
        text.replaceFirst("^\\S+: vorzimmer( [a-z][\\w-]*)*", " ") // the synopsis's command
            .replaceAll("(?m)^  [a-z][\\w-]*", " ") // a command in a list of commands
            .replaceAll("--?[A-Za-z][\\w-]*|\\d+\\p{L}*", " "); // options, 48h
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\p{L}+").matcher(prose);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private String help(String lang, String command) {
    List<String> args = new ArrayList<>(List.of("--lang", lang));
    if (!command.isEmpty()) {
      args.addAll(List.of(command.split(" ")));
    }
    args.add("--help");
    Run r = vz(args.toArray(String[]::new));
    assertThat(r.code()).as("vorzimmer %s --help: %s", command, r.err()).isZero();
    return r.out();
  }

  private String process(String... args) throws Exception {
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
    pb.environment().put("LANG", "de_DE.UTF-8");
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
